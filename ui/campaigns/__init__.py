"""Campaign screens: set-up, the draw (双随机), cross assignment and the progress dashboard.

Import each from its module: the main window's menu loads a dialog only when it is first opened.
"""
