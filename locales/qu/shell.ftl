# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# The frame around every screen.

# Widget title. Neutral on purpose: someone looking over a shoulder should see nothing alarming.
# REVIEW: "Willakuy, yanapakuy" (information, help) for "Orientación y ayuda"; must stay neutral.
shell-title = Willakuy, yanapakuy
# Label of the language menu.
shell-language-label = Simi
# After the name of a draft language in the picker.
# REVIEW: new draft (issue 10), "not yet checked"; it must say plainly that the translation is not reviewed.
shell-language-draft = manaraq qhawasqa
# Footer line naming who offers the widget; $municipality comes from the embed configuration.
# REVIEW: word order; the municipality name is Spanish and cannot take suffixes, hence the colon.
shell-offered-by = Kay yanapakuyta qun: { $municipality }.
# Footer promise about privacy. Must stay true: the widget writes nothing to the device.
shell-privacy = Kay llamk'anaqa manam imatapas waqaychanchu kay teléfonopi utaq computadorapi.
# Button on every inner screen that goes back to the start screen of the widget.
shell-back-to-start = Qallariyman kutiy
