note-heading = Before you start
note-exit-button = To leave fast, tap the red “Leave quickly” button: another page opens, unrelated to this one.
note-exit-shortcut = With a keyboard: press Shift 3 times in a row.
note-no-way-back = After that, the Back button does not come back here.
note-history = We cannot erase your history: this page may stay in the browser.
note-tip-private = It is safer to use an incognito window or the phone of someone you trust.
note-tip-delete = If you delete your history, delete only these pages: deleting everything can draw attention.
note-continue = Got it, continue
