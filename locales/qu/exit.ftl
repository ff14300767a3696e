# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# Quick exit: the red button and the Shift shortcut.

# Hidden text read by screen readers before the button label.
# REVIEW: Spanish loanword "Emergencia" kept; confirm speakers would use it rather than a Quechua word.
exit-button-prefix = Emergencia:
# The button that leaves at once. Short: it must fit on a small phone.
# REVIEW: "usqhaylla" (quickly) is Collao; Chanka speakers say "utqaylla". Pick the form the pan-dialectal standard prefers. Must match the label quoted in note-exit-button.
exit-button-label = Usqhaylla lluqsiy
# Shown next to the button on devices with a keyboard.
exit-shortcut-hint = Utaq Shift teclata 3 kutita ñit'iy.
# Read by screen readers after each Shift press; $count is 1 or 2.
# REVIEW: "-raq" used for "one more time"; confirm it reads as "press N more times".
exit-shortcut-remaining =
    { $count ->
        [one] Lluqsinaykipaq Shift teclata 1 kutitaraq ñit'iy.
       *[other] Lluqsinaykipaq Shift teclata { $count } kutitaraq ñit'iy.
    }
# Read when 5 seconds pass without the next Shift press.
# REVIEW: "sayachisqa" (stopped) for "cancelled"; must say the Shift countdown was reset, not that Shift no longer works.
exit-shortcut-expired = Shift-wan lluqsiyqa sayachisqañam.
