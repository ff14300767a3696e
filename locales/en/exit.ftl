exit-button-prefix = Emergency:
exit-button-label = Leave quickly
exit-shortcut-hint = Or press the Shift key 3 times.
exit-shortcut-remaining =
    { $count ->
        [one] Press Shift 1 more time to leave.
       *[other] Press Shift { $count } more times to leave.
    }
exit-shortcut-expired = Leaving with Shift was cancelled.
exit-overlay-text = Loading.
