# About the locator's data.

# Heading of the about-the-data screen.
about-heading = Sobre estos datos
# Intro before the attribution lines (which stay as the sources wrote them).
about-intro = Los lugares vienen de datos abiertos del Estado peruano, del Ministerio de la Mujer (MIMP) y del Instituto Nacional de Estadística e Informática (INEI), guardados dentro de esta herramienta:
# Police stations have no names in the data.
about-police = Los datos del INEI de 2017 no tienen nombres de comisarías. Por eso muchas salen como «Comisaría (Policía Nacional)». Si un Centro Emergencia Mujer (CEM) funciona dentro, usamos su nombre.
# Distances.
about-distance = Las distancias son en línea recta. El camino real puede ser más largo.
# The approximate flag.
about-approximate = «Ubicación aproximada»: no sabemos bien dónde queda (el punto está a más de 20 km de la capital del distrito, o no había punto). Si tiene teléfono, llama antes de ir.
# Shelters are left out on purpose.
about-shelters = Los hogares de refugio no aparecen: sus direcciones son secretas. Para llegar a uno, llama a la { -linea-100-name } o ve a un CEM.
# Offline and private.
about-offline = La búsqueda se hace dentro de esta página, sin internet. Nada de lo que eliges sale de aquí.
# Which release of Ruta this is ($version is like 0.1.0), so a webmaster or an auditor can tell.
about-version = Versión de Ruta: { $version }.
# Link back to the locator.
about-back-to-locator = Volver a los servicios cercanos
