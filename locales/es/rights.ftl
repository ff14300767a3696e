# Your rights under Law 30364. Write plainly; every topic ends with its source.
# Facts come from shared/reference/rights-and-services-peru.md: [V] as fact, [U] carefully.

# Heading of the rights screen.
rights-heading = Tus derechos
# Date the content is current as of. Must always be shown; update it when the content is reviewed.
rights-as-of = Información vigente a noviembre de 2026.
# The law and whom it protects (the reference's list; collateral relatives are limited, so "otros parientes cercanos", not "toda la familia").
rights-law = Hay una ley que te protege: la Ley 30364 (2015), cambiada por la Ley 31715 (2023). Protege a todas las mujeres y a integrantes de la familia: esposos y convivientes, también los de antes; quienes tienen hijos en común; padres, hijos, abuelos y nietos; otros parientes cercanos; y quienes viven en la misma casa.
# Link from a topic to the helplines screen.
rights-link-helplines = Ver los números de ayuda

# Topic: the four types of violence.
rights-types-title = Qué es violencia según la ley
# Intro to the types.
rights-types-intro = La ley reconoce cuatro tipos de violencia. Todos son graves y todos se pueden denunciar.
# Physical violence, with an everyday example.
rights-types-physical = Física: golpes, empujones, jalones de pelo, quemaduras.
# Psychological violence, with everyday examples.
rights-types-psychological = Psicológica: insultos, humillaciones, celos que controlan, no dejarte ver a tu familia o amigas.
# Sexual violence, including acts without contact and control over reproduction.
rights-types-sexual = Sexual: obligarte a tener relaciones sexuales. También obligarte a ver o hacer cosas sexuales, aunque no te toque, y decidir por ti si usas anticonceptivos o tienes hijos.
# Economic violence, with everyday examples.
rights-types-economic = Económica: quitarte o romper tus documentos o cosas, no darte dinero para lo básico, no pagar la pensión de alimentos, controlar lo que ganas.
# Source of the types topic.
rights-types-cite = Fuente: Ley 30364.

# Topic: who can report and how.
rights-who-title = Quién puede denunciar
# Anyone can report, children too.
rights-who-anyone = Puedes denunciar tú. También puede hacerlo cualquier persona que sepa lo que pasa: una vecina, un familiar, una profesora, una trabajadora de salud. Las niñas, niños y adolescentes también pueden denunciar.
# It is free, with no lawyer or proof needed.
rights-who-free = Denunciar es gratis. Puedes hacerlo de palabra o por escrito. No necesitas abogado ni pruebas.
# Identification: careful phrasing, Law 31715 asks that the person be identified.
rights-who-id = Lleva tu DNI si lo tienes. La ley pide que quien denuncia se identifique, y la policía debe recibir tu denuncia.
# Source of the who-can-report topic.
rights-who-cite = Fuente: Ley 30364; Ley 31715 (2023).

# Topic: where to report.
rights-where-title = Dónde denunciar
# Intro to the places.
rights-where-intro = Puedes ir a cualquiera de estos lugares:
# Place: any police station.
rights-where-police = Cualquier comisaría.
# Place: the prosecutor's office.
rights-where-prosecutor = La Fiscalía de Familia, o la Fiscalía Penal o Mixta.
# Place: the family court.
rights-where-court = El Juzgado de Familia. Donde no hay uno, el Juzgado de Paz.
# The police must take the report.
rights-where-must = La policía está obligada a recibir tu denuncia.
# What a CEM offers.
rights-where-cem = En el Centro Emergencia Mujer (CEM) te ayudan gratis con orientación legal, apoyo psicológico y apoyo social, y te acompañan en tu caso.
# Source of the where-to-report topic.
rights-where-cite = Fuente: Ley 30364.

# Topic: what happens after reporting.
rights-next-title = Qué pasa después de denunciar
# Police send the case to court within 24 hours.
rights-next-court = La policía debe enviar tu caso al Juzgado de Familia en 24 horas como máximo.
# Protection measures within 24 hours, under Law 31715.
rights-next-measures = Desde que recibe tu caso, el juzgado debe darte medidas de protección en 24 horas como máximo, sea cual sea el nivel de riesgo.
# Unverified in the reference [U] (art. 25): phrased as it suggests, claiming nothing about the report.
rights-next-no-confront = No tienes que enfrentarte ni reconciliarte con el agresor.
# Source of the what-happens-next topic.
rights-next-cite = Fuente: Ley 30364, cambiada por la Ley 31715 (2023), que fijó el plazo de 24 horas.

# Topic: protection measures.
rights-measures-title = Medidas de protección
# Intro to the measures.
rights-measures-intro = El juzgado puede ordenar, entre otras:
# Measure: the aggressor leaves the home.
rights-measures-leave-home = Que el agresor salga de la casa.
# Measure: he may not come near her, her home, work or school.
rights-measures-keep-away = Que no se acerque a ti, a tu casa, a tu trabajo ni a tu centro de estudios.
# Measure: no contact of any kind.
rights-measures-no-contact = Que no se comunique contigo: ni llamadas, ni mensajes, ni redes sociales.
# Measure: no weapons.
rights-measures-weapons = Que no tenga armas.
# Measure: inventory of goods.
rights-measures-inventory = Un inventario de los bienes.
# Measure: emergency money allowance.
rights-measures-allowance = Una asignación de dinero de emergencia.
# Measure: shelter in a safe place.
rights-measures-shelter = Un lugar seguro donde quedarte.
# Source of the measures topic.
rights-measures-cite = Fuente: Ley 30364, art. 22, cambiado por la Ley 31715 (2023).

# Topic: breaking a protection measure.
rights-breach-title = Si no cumple las medidas
# Breaking a measure is a crime.
rights-breach-crime = No cumplir una medida de protección es un delito: resistencia o desobediencia a la autoridad. Tiene una pena de 5 a 8 años de cárcel.
# What to do if he breaks a measure.
rights-breach-report = Si el agresor no cumple, avisa a la policía o a tu CEM.
# Source of the breach topic.
rights-breach-cite = Fuente: Código Penal, art. 368.

# Topic: free medical certificates.
rights-medical-title = Certificados médicos gratis
# Medical certificates are free.
rights-medical-free = Los certificados médicos sobre tu salud física y mental son gratis.
# Source of the medical topic.
rights-medical-cite = Fuente: Ley 30364.

# Topic: rights at work.
rights-work-title = Tus derechos en el trabajo
# Intro to work rights.
rights-work-intro = Si eres víctima de violencia, en tu trabajo tienes derecho a:
# No dismissal.
rights-work-no-dismissal = Que no te despidan por razones ligadas a la violencia.
# Change of place or hours.
rights-work-change = Cambiar de lugar o de horario de trabajo cuando se pueda, sin perder tu sueldo.
# Justified absences.
rights-work-absences = Faltas justificadas: hasta 5 días hábiles en 30 días, o hasta 15 en 180 días.
# Suspension ordered by a judge.
rights-work-suspension = Dejar de trabajar sin sueldo hasta 5 meses, si un juez lo ordena, sin perder tu puesto.
# Source of the work topic.
rights-work-cite = Fuente: Ley 30364, art. 11.

# Topic: shelters. Never give an address: they are confidential.
rights-shelters-title = Hogares de refugio
# What shelters are.
rights-shelters-what = Los Hogares de Refugio Temporal protegen a mujeres en grave peligro, y a sus hijas e hijos. Sus direcciones son secretas para cuidar a quienes están ahí.
# How to reach a shelter: through Línea 100 or a CEM. No promise of transport or of a place.
rights-shelters-how = Para llegar a uno, hay que pasar por la { -linea-100-name } o por un Centro Emergencia Mujer (CEM).
# Source of the shelters topic (the reference names the MIMP, no programme).
rights-shelters-cite = Fuente: Ministerio de la Mujer y Poblaciones Vulnerables (MIMP).
# Link from "where to report" to the service locator.
rights-link-locator = Buscar la comisaría y el CEM más cercanos
