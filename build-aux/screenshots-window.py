#!/usr/bin/env python3
"""build-aux/screenshots-window.py — what build-aux/screenshots asks of Tend's window through
AT-SPI, so the pictures show what a person sees with a pointer: no focus rings, 360 px of content.

  screenshots-window.py fit WID WIDTH HEIGHT   gives the window's content WIDTH × HEIGHT px and
                                               prints the width of GTK's frame around it
  screenshots-window.py press NAME…            presses the buttons named NAME, one after another,
                                               as a click would (a key press makes GTK draw
                                               focus rings)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
os.environ.setdefault("TEND_BIN", "tend")

from atspi_util import Atspi, find, find_app, pump, wait_for  # noqa: E402
from tend_app import Tend  # noqa: E402


def main():
    app = wait_for(find_app, 10)
    frame = wait_for(lambda: find(app, "frame") if app else None, 10)
    if frame is None:
        sys.exit("screenshots-window.py: Tend's window is not on the accessibility bus")
    if sys.argv[1] == "fit":
        wid, width, height = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        tend = Tend(home=os.environ.get("TMPDIR", "/tmp"))
        size = tend.resize(wid, frame, width, height)
        if size != (width, height):
            sys.exit("screenshots-window.py: the content is %s, not %d × %d" % (size, width, height))
        outer = Atspi.Component.get_extents(frame, Atspi.CoordType.SCREEN)
        print((outer.width - width) // 2)
    elif sys.argv[1] == "press":
        for name in sys.argv[2:]:
            button = wait_for(lambda: find(frame, "button", name), 5)
            if button is None:
                sys.exit("screenshots-window.py: no button named %r" % name)
            button.do_action(0)
            pump(0.8)


if __name__ == "__main__":
    main()
