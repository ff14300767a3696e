about-heading = About this data
about-intro = The places come from open data of the Peruvian State, from the Ministry of Women (MIMP) and the National Institute of Statistics (INEI), kept inside this tool:
about-police = INEI’s 2017 data has no police station names. That is why many show as “Police station (National Police)”. If a Women’s Emergency Centre (CEM) works inside, we use its name.
about-distance = Distances are in a straight line. The real route may be longer.
about-approximate = “Approximate location”: we do not know exactly where it is (the point is more than 20 km from the district capital, or there was no point). If it has a phone, call before you go.
about-shelters = Shelters are not listed: their addresses are secret. To reach one, call { -linea-100-name } or go to a CEM.
about-offline = The search runs inside this page, without internet. Nothing you choose leaves it.
about-back-to-locator = Back to services near you
