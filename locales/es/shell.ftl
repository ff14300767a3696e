# The frame around every screen.

# Widget title. Neutral on purpose: someone looking over a shoulder should see nothing alarming.
shell-title = Orientación y ayuda
# Label of the language menu.
shell-language-label = Idioma
# After the name of a language whose translation is a draft not yet reviewed by a native speaker, in the language picker: «Runasimi (borrador)».
shell-language-draft = borrador
# Footer line naming who offers the widget; $municipality comes from the embed configuration.
shell-offered-by = Servicio ofrecido por: { $municipality }.
# Footer promise about privacy. Must stay true: the widget writes nothing to the device.
shell-privacy = Esta herramienta no guarda nada en este teléfono o computadora.
# Button on every inner screen that goes back to the start screen of the widget.
shell-back-to-start = Volver al inicio
# Under the language picker while another language's texts download (a second or two on a slow phone network). $language is its own name, such as "English".
shell-language-loading = Cargando { $language }…
# When they could not be downloaded: the screen stays in the current language.
shell-language-failed = No se pudo cargar { $language }. Revisa tu conexión y vuelve a elegirlo.
