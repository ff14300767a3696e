# DRAFT: needs review by a native speaker (Aymara, Peru).
# The frame around every screen.

# Widget title. Neutral on purpose: someone looking over a shoulder should see nothing alarming.
# REVIEW: "Yatiyäwi, yanapt'äwi" (information, help) for "Orientación y ayuda"; must stay neutral.
shell-title = Yatiyäwi, yanapt'äwi
# Label of the language menu.
shell-language-label = Aru
# After the name of a draft language in the picker.
# REVIEW: new draft (issue 10), "not yet checked"; it must say plainly that the translation is not reviewed.
shell-language-draft = janïr uñakipata
# Footer line naming who offers the widget; $municipality comes from the embed configuration.
# REVIEW: word order; the municipality name is Spanish and cannot take suffixes, hence the colon.
shell-offered-by = Aka yanapt'äwi churi: { $municipality }.
# Footer promise about privacy. Must stay true: the widget writes nothing to the device.
# REVIEW: must stay a true, plain promise that nothing is stored on the device.
shell-privacy = Aka yanapt'irix janiw kunsa aka teléfono jan ukax computadoran imkiti.
# Button on every inner screen that goes back to the start screen of the widget.
shell-back-to-start = Qalltäwir kutt'aña
