shell-title = Guidance and help
shell-language-label = Language
shell-offered-by = A service of { $municipality }.
shell-privacy = This tool saves nothing on this phone or computer.
