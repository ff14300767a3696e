shell-title = Guidance and help
shell-language-label = Language
shell-language-draft = draft
shell-offered-by = Service offered by: { $municipality }.
shell-privacy = This tool saves nothing on this phone or computer.
shell-back-to-start = Back to start
shell-language-loading = Loading { $language }…
shell-language-failed = { $language } could not be loaded. Check your connection and choose it again.
