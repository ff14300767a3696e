# DRAFT: needs review by a native speaker (Aymara, Peru).
# Quick exit: the red button and the Shift shortcut.

# Hidden text read by screen readers before the button label.
# REVIEW: Spanish loanword "Emergencia" kept; confirm speakers would use it.
exit-button-prefix = Emergencia:
# The button that leaves at once. Short: it must fit on a small phone.
# REVIEW: "jank'aki" (quickly) + infinitive "mistuña" (to leave); must match the label quoted in note-exit-button.
exit-button-label = Jank'aki mistuña
# Shown next to the button on devices with a keyboard.
# REVIEW: "llamkt'aña" (touch) used for pressing a key; "jan ukax" for "or".
exit-shortcut-hint = Jan ukax Shift teclaru 3 kuti llamkt'am.
# Read by screen readers after each Shift press; $count is 1 or 2.
# REVIEW: "juk'amp" for "more times"; same verb doubt as exit-shortcut-hint.
exit-shortcut-remaining =
    { $count ->
        [one] Mistuñatakixa, Shift teclaru 1 kuti juk'amp llamkt'am.
       *[other] Mistuñatakixa, Shift teclaru { $count } kuti juk'amp llamkt'am.
    }
# Read when 5 seconds pass without the next Shift press.
# REVIEW: "sayt'ayatawa" (was stopped) for "cancelled"; must say the Shift countdown was reset, not that Shift no longer works.
exit-shortcut-expired = Shift tuqi mistuñax sayt'ayatawa.
