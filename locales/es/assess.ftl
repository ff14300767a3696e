# The self-assessment: "¿Lo que vivo es violencia?" and "¿Qué tanto peligro corro?".
# Every question and result has two forms, chosen by $who:
#   [self]  the person answers for herself ("tú");
#   [other] a volunteer fills it in while guiding someone by phone (third person: "ella").
# In questions the one who causes harm is left unnamed, or called "esa persona" or
# "la persona que te/le hace daño", so the text works for any gender.
# Write in plain words (about a 6th-grade level), calm and discreet.

# Heading of the assessment screen. Discreet: it must not alarm someone reading over a shoulder.
assess-heading =
    { $who ->
        [self] Preguntas sobre tu seguridad
       *[other] Preguntas sobre su seguridad
    }
# First text of the screen: who the questions are about, that any can be skipped, that nothing is saved.
assess-intro =
    { $who ->
        [self] Las preguntas hablan de la persona que te hace daño, por ejemplo tu pareja o expareja. Puedes saltar cualquier pregunta. Tus respuestas no se guardan y se borran al salir.
       *[other] Antes de empezar, pregúntale si puede hablar sin que nadie la escuche. Las preguntas hablan de la persona que ayudas y de quien le hace daño, por ejemplo su pareja o expareja. Se puede saltar cualquier pregunta. Las respuestas no se guardan y se borran al salir.
    }
# Heading of the first part: naming what happens.
assess-part-recognition =
    { $who ->
        [self] ¿Lo que vives es violencia?
       *[other] ¿Lo que vive es violencia?
    }
# Heading of the second part: signs of danger.
assess-part-danger =
    { $who ->
        [self] Señales de peligro
       *[other] Señales de peligro para ella
    }

## Recognition questions (types of violence of Law 30364, and HARK).

# Question: humiliation and emotional abuse (psychological violence).
assess-q-humiliated =
    { $who ->
        [self] ¿Te humilla, te insulta o te hace sentir menos?
       *[other] ¿La humilla, la insulta o la hace sentir menos?
    }
# Question: control and isolation (psychological violence).
assess-q-isolated =
    { $who ->
        [self] ¿Te aleja de tu familia o de tus amistades, o revisa tu celular para controlarte?
       *[other] ¿La aleja de su familia o de sus amistades, o revisa su celular para controlarla?
    }
# Question: being afraid of the person.
assess-q-afraid =
    { $who ->
        [self] ¿Sientes miedo de esa persona?
       *[other] ¿Ella siente miedo de esa persona?
    }
# Question: being hit or hurt (physical violence).
assess-q-hurt =
    { $who ->
        [self] ¿Te ha golpeado, pateado o empujado, o te ha hecho daño en el cuerpo de otra forma?
       *[other] ¿La ha golpeado, pateado o empujado, o le ha hecho daño en el cuerpo de otra forma?
    }
# Question: forced or pressured sex (sexual violence).
assess-q-forced-sex =
    { $who ->
        [self] ¿Te ha obligado o presionado a tener relaciones sexuales, o a hacer algo sexual que no querías?
       *[other] ¿La ha obligado o presionado a tener relaciones sexuales, o a hacer algo sexual que ella no quería?
    }
# Question: control of money or work (economic violence).
assess-q-money =
    { $who ->
        [self] ¿Te quita tu dinero, decide todo sobre el dinero o no te deja trabajar?
       *[other] ¿Le quita su dinero, decide todo sobre el dinero o no la deja trabajar?
    }
# Question: belongings and documents (patrimonial violence). DNI is Peru's identity card.
assess-q-belongings =
    { $who ->
        [self] ¿Rompe, esconde o se queda con tus cosas o tus documentos, como tu DNI?
       *[other] ¿Rompe, esconde o se queda con sus cosas o sus documentos, como su DNI?
    }

## Danger questions (Lethality Screen, DA-5, strangulation).

# Question: a weapon used or threatened. A yes means high danger on its own.
assess-q-weapon =
    { $who ->
        [self] ¿Alguna vez te ha atacado con un arma, como un cuchillo o una pistola, o te ha amenazado con una?
       *[other] ¿Alguna vez la ha atacado con un arma, como un cuchillo o una pistola, o la ha amenazado con una?
    }
# Question: threats to kill her or her children. A yes means high danger on its own.
assess-q-threat-kill =
    { $who ->
        [self] ¿Ha dicho que te va a matar a ti o a tus hijos?
       *[other] ¿Ha dicho que la va a matar a ella o a sus hijos?
    }
# Question: she thinks the person might try to kill her. A yes means high danger on its own.
assess-q-might-kill =
    { $who ->
        [self] ¿Crees que esa persona podría intentar matarte?
       *[other] ¿Ella cree que esa persona podría intentar matarla?
    }
# Question: she believes the person is capable of killing her (DA-5 item 3). Asked right after might-kill, so it says how it differs: not "might try", but "would be capable".
assess-q-capable-kill =
    { $who ->
        [self] Aunque no lo haya intentado, ¿crees que esa persona sería capaz de matarte?
       *[other] Aunque no lo haya intentado, ¿ella cree que esa persona sería capaz de matarla?
    }
# Question: choking or strangling. A yes means high danger on its own.
assess-q-strangled =
    { $who ->
        [self] ¿Alguna vez te ha apretado el cuello o ha intentado ahorcarte?
       *[other] ¿Alguna vez le ha apretado el cuello o ha intentado ahorcarla?
    }
# Question: access to a gun.
assess-q-gun =
    { $who ->
        [self] ¿La persona que te hace daño tiene un arma de fuego, o podría conseguir una fácilmente?
       *[other] ¿La persona que le hace daño tiene un arma de fuego, o podría conseguir una fácilmente?
    }
# Question: the physical violence got worse or more frequent in the last 6 months.
assess-q-worse =
    { $who ->
        [self] En los últimos 6 meses, ¿te ataca más seguido o te hace más daño que antes?
       *[other] En los últimos 6 meses, ¿la ataca más seguido o le hace más daño que antes?
    }
# Question: beaten during a pregnancy.
assess-q-beaten-pregnant =
    { $who ->
        [self] ¿Alguna vez te golpeó mientras estabas embarazada?
       *[other] ¿Alguna vez la golpeó mientras ella estaba embarazada?
    }
# Question: jealousy that is constant AND leads to violence. Keep both parts: "all the time" and "ends in violence".
assess-q-jealous-violent =
    { $who ->
        [self] ¿Tiene celos de ti todo el tiempo, y esos celos terminan en violencia?
       *[other] ¿Tiene celos de ella todo el tiempo, y esos celos terminan en violencia?
    }
# Question: strong or constant jealousy, OR control of most of her day. Any one of these is a yes.
assess-q-jealous-control =
    { $who ->
        [self] ¿Tiene celos muy fuertes o todo el tiempo, o controla casi todo lo que haces cada día?
       *[other] ¿Tiene celos muy fuertes o todo el tiempo, o controla casi todo lo que ella hace cada día?
    }
# Question: she left or separated after living together or being married.
assess-q-separated =
    { $who ->
        [self] ¿Te separaste o te fuiste después de vivir juntos o de estar casados?
       *[other] ¿Ella se separó o se fue después de vivir juntos o de estar casados?
    }
# Question: the person who causes harm has no job.
assess-q-unemployed =
    { $who ->
        [self] ¿La persona que te hace daño está sin trabajo?
       *[other] ¿La persona que le hace daño está sin trabajo?
    }
# Question: the person who causes harm tried or threatened to take their own life.
assess-q-suicide-threat =
    { $who ->
        [self] ¿La persona que te hace daño ha intentado quitarse la vida, o ha dicho que lo hará?
       *[other] ¿La persona que le hace daño ha intentado quitarse la vida, o ha dicho que lo hará?
    }
# Question: she has a child from someone else, and the person knows it.
assess-q-child-not-theirs =
    { $who ->
        [self] ¿Tienes un hijo o una hija de otra persona, y quien te hace daño lo sabe?
       *[other] ¿Ella tiene un hijo o una hija de otra persona, y quien le hace daño lo sabe?
    }
# Question: following, watching or threatening messages.
assess-q-stalking =
    { $who ->
        [self] ¿Te sigue, te vigila o te manda mensajes con amenazas?
       *[other] ¿La sigue, la vigila o le manda mensajes con amenazas?
    }

## Answers.

# Answer button: yes.
assess-answer-yes = Sí
# Answer button: no.
assess-answer-no = No
# Answer button for "I don't know" or "I'd rather not say". It never counts as yes.
assess-answer-unsure =
    { $who ->
        [self] No sé / prefiero no responder
       *[other] No sabe / prefiere no responder
    }

## Results. Never reassuring, never a score, never the official FVR.

# Result heading when a rule for high danger is met. Urgent actions come right after it.
assess-level-high =
    { $who ->
        [self] Peligro alto: tu vida puede estar en peligro.
       *[other] Peligro alto: su vida puede estar en peligro.
    }
# Result heading when some danger sign was marked but no rule for high danger is met.
assess-level-elevated =
    { $who ->
        [self] Tus respuestas muestran señales de peligro.
       *[other] Las respuestas muestran señales de peligro para ella.
    }
# Result heading only when NO question was answered yes. Must NOT sound like "you are safe".
assess-level-none =
    { $who ->
        [self] No respondiste «sí» a ninguna pregunta. Si algo te preocupa, confía en lo que sientes.
       *[other] No se respondió «sí» a ninguna pregunta. Si algo le preocupa, hay que tomarlo en serio.
    }
# Result heading when no danger sign was marked but she said yes to something (violence, fear). Acknowledges it; never reassuring.
assess-level-named =
    { $who ->
        [self] Lo que cuentas es serio, y hay ayuda para ti.
       *[other] Lo que ella cuenta es serio, y hay ayuda para ella.
    }
# Urgent steps shown first with a high result: 105, Línea 100, the nearest CEM and police station.
assess-high-first-steps =
    { $who ->
        [self] Busca ayuda hoy. Si estás en peligro ahora, llama al { -police-105-number }. También puedes llamar a la { -linea-100-name } o ir al Centro Emergencia Mujer (CEM) o a la comisaría más cercana.
       *[other] Ayúdala a buscar ayuda hoy. Si está en peligro ahora, que llame al { -police-105-number }. También puede llamar a la { -linea-100-name } o ir al Centro Emergencia Mujer (CEM) o a la comisaría más cercana.
    }
# Shown with every result after a yes to "afraid": fear is acknowledged even though it does not change the level.
assess-afraid =
    { $who ->
        [self] Dijiste que tienes miedo de esa persona. Confía en ese miedo: es una señal importante. Si tienes miedo ahora, llama al { -police-105-number }.
       *[other] Ella tiene miedo de esa persona. Ese miedo es una señal importante: tómalo en serio. Si tiene miedo ahora, que llame al { -police-105-number }.
    }
# Shown with every result in self mode (helpers have it in their script).
assess-not-your-fault = Lo que te pasa no es tu culpa. No estás sola.
# Next step with an elevated result: a concrete action, and that separating is a moment to plan for.
assess-next-elevated =
    { $who ->
        [self] Siguiente paso: llama a la { -linea-100-name } o ve a un Centro Emergencia Mujer (CEM). Te ayudan a pensar un plan de seguridad, también para el momento de separarte, que puede ser de más riesgo.
       *[other] Siguiente paso: que llame a la { -linea-100-name } o vaya a un Centro Emergencia Mujer (CEM). La ayudan a pensar un plan de seguridad, también para el momento de separarse, que puede ser de más riesgo.
    }
# Next step with the lowest result: a concrete action.
assess-next-none =
    { $who ->
        [self] Siguiente paso: si quieres hablar de lo que pasa, llama a la { -linea-100-name }. Te escuchan y te dicen qué puedes hacer.
       *[other] Siguiente paso: si quiere hablar de lo que pasa, puede llamar a la { -linea-100-name }. La escuchan y le dicen qué puede hacer.
    }
# Shown with every result, even the lowest: any violence is serious and worth reporting.
assess-any-violence-serious =
    { $who ->
        [self] Cualquier violencia es grave. Tienes derecho a denunciarla y a recibir ayuda.
       *[other] Cualquier violencia es grave. Ella tiene derecho a denunciarla y a recibir ayuda.
    }
# Shown with every result: Línea 100 is free, open day and night, in Spanish, Quechua and Aymara.
assess-linea-100 =
    { $who ->
        [self] Puedes llamar gratis a la { -linea-100-name }, de día o de noche. Te atienden en castellano, quechua y aimara.
       *[other] Puede llamar gratis a la { -linea-100-name }, de día o de noche. La atienden en castellano, quechua y aimara.
    }
# Shown with every result: this is guidance, not the official risk assessment (FVR) done by the CEM or the police.
assess-disclaimer =
    { $who ->
        [self] Esto es solo una guía. No es la evaluación oficial del riesgo (la Ficha de Valoración del Riesgo, FVR). Esa evaluación la hacen el Centro Emergencia Mujer (CEM) o la policía.
       *[other] Esto es solo una guía. No es la evaluación oficial del riesgo (la Ficha de Valoración del Riesgo, FVR). Esa evaluación la hacen el Centro Emergencia Mujer (CEM) o la policía cuando ella acude.
    }
# Heading of the urgent panel, shown at once when an answer makes the level high, before any other question.
assess-urgent-heading =
    { $who ->
        [self] Esa respuesta es una señal de peligro alto: tu vida puede estar en peligro.
       *[other] Esa respuesta es una señal de peligro alto: su vida puede estar en peligro.
    }
# Urgent panel: 105 first, then Línea 100, then the nearest CEM and police station.
assess-urgent-text =
    { $who ->
        [self] Si estás en peligro ahora, llama al { -police-105-number }. La { -linea-100-name } te orienta de día o de noche. También puedes ir al Centro Emergencia Mujer (CEM) o a la comisaría más cercana.
       *[other] Si está en peligro ahora, que llame al { -police-105-number }, o llama tú y da su dirección. La { -linea-100-name } la orienta de día o de noche. También puede ir al Centro Emergencia Mujer (CEM) o a la comisaría más cercana.
    }
# Urgent panel: she may stop or go on.
assess-urgent-choice =
    { $who ->
        [self] Puedes parar aquí, o seguir con las preguntas que faltan.
       *[other] Pueden parar aquí, o seguir con las preguntas que faltan.
    }
# Urgent panel button: stop answering and see the result now.
assess-urgent-stop = Parar y ver qué hacer
# Urgent panel button: go on with the questions left.
assess-urgent-go-on = Seguir con las preguntas

## Types of violence recognised (Law 30364).

# Before the list of types of violence found in the answers.
assess-types-intro =
    { $who ->
        [self] Lo que cuentas tiene nombre en la ley peruana (Ley 30364):
       *[other] Lo que cuenta tiene nombre en la ley peruana (Ley 30364):
    }
# Type of violence: physical.
assess-type-physical = Violencia física: golpes y otros daños al cuerpo o a la salud.
# Type of violence: psychological.
assess-type-psychological = Violencia psicológica: humillar, insultar, amenazar, controlar o aislar.
# Type of violence: sexual.
assess-type-sexual = Violencia sexual: actos sexuales sin consentimiento, también dentro de la pareja.
# Type of violence: economic or patrimonial.
assess-type-economic = Violencia económica o patrimonial: quitar o controlar el dinero, las cosas o los documentos, o no dejar trabajar.

## Decisive questions left unanswered or "No sé": what a yes there would mean.

# Before the list of important questions that were skipped or answered "No sé".
assess-unanswered-intro =
    { $who ->
        [self] Algunas preguntas importantes quedaron sin respuesta, y está bien. Esto es lo que significaría un «sí»:
       *[other] Algunas preguntas importantes quedaron sin respuesta, y está bien. Esto es lo que significaría un «sí»:
    }
# What a yes on the weapon question would mean (high danger on its own).
assess-if-yes-ls1 =
    { $who ->
        [self] Si te ha atacado o amenazado con un arma, tu vida puede estar en peligro.
       *[other] Si la ha atacado o amenazado con un arma, su vida puede estar en peligro.
    }
# What a yes on the threat-to-kill question would mean (high danger on its own).
assess-if-yes-ls2 =
    { $who ->
        [self] Si ha dicho que te va a matar a ti o a tus hijos, tu vida puede estar en peligro.
       *[other] Si ha dicho que la va a matar a ella o a sus hijos, su vida puede estar en peligro.
    }
# What a yes on "might try to kill you" would mean (high danger on its own).
assess-if-yes-ls3 =
    { $who ->
        [self] Si crees que podría intentar matarte, toma en serio lo que sientes: tu vida puede estar en peligro.
       *[other] Si ella cree que podría intentar matarla, hay que tomarlo en serio: su vida puede estar en peligro.
    }
# What a yes on the strangling question would mean (high danger on its own).
assess-if-yes-strangulation =
    { $who ->
        [self] Si alguna vez te apretó el cuello o intentó ahorcarte, tu vida puede estar en peligro.
       *[other] Si alguna vez le apretó el cuello o intentó ahorcarla, su vida puede estar en peligro.
    }
# After the text of a skipped question (shown just before it, in quotes) whose yes would complete a count of danger signs.
assess-if-yes-count =
    { $who ->
        [self] Con las señales que ya marcaste, un «sí» aquí significaría peligro alto.
       *[other] Con las señales ya marcadas, un «sí» aquí significaría peligro alto.
    }

## Moving through the questions.

# Checkbox at the start: helper mode, for volunteers guiding someone by phone.
assess-helper-toggle = Estoy ayudando a otra persona
# Link from the start to the guide for helpers.
assess-helper-guide-link = Cómo acompañar a alguien por teléfono
# Button that starts the questions.
assess-start = Empezar
# Progress under each question; $current and $total are numbers.
assess-progress = Pregunta { $current } de { $total }
# Button that goes back one question (inside the widget; it never uses the browser's Back).
assess-back = Pregunta anterior
# Button that erases every answer at once.
assess-clear = Borrar respuestas
# Link from the result to the rights screen.
assess-link-rights = Ver derechos y medidas de protección
# Link from the result to all helplines.
assess-link-helplines = Ver todos los números de ayuda
# Link from the result to the safety plan.
assess-link-plan = Ver el plan de seguridad

## Helper mode: a short script for the volunteer, and the summary to copy.

# Heading of the script in helper mode.
assess-script-heading = Qué decir ahora
# Script line for a high result.
assess-script-urgent = Si está en peligro ahora, que llame al { -police-105-number } o llama tú. Pregúntale si puede ir a un lugar seguro.
# Script line: believe her.
assess-script-believe = Dile que le crees y que lo que vive no es su culpa.
# Script line: her options.
assess-script-options = Cuéntale que puede llamar gratis a la { -linea-100-name } o ir a un CEM, y que ella decide qué hacer.
# Script line: next contact.
assess-script-next-contact = Acuerden cuándo y cómo volver a hablar de forma segura.
# Button that copies the summary to the clipboard.
assess-copy = Copiar resumen
# Note ABOVE the copy button: a warning first (the text may end up on her phone), what the summary holds, and that the clipboard keeps it.
assess-copy-note = Antes de enviarle algo, pregúntale si es seguro: quien le hace daño podría revisar su teléfono. El resumen solo tiene números útiles y los lugares más cercanos, con palabras que no dicen de qué se trata, y ninguna respuesta. El texto copiado queda en el portapapeles de este teléfono hasta que copies otra cosa, y algunos teléfonos guardan un historial del portapapeles.
# Announced after copying.
assess-copied = Resumen copiado.
# First line of the copied summary. Neutral: the text may be read by the person who harms her.
assess-summary-title = Números útiles
# Summary line: the police emergency number; $number is 105.
assess-summary-police = Policía: { $number }
# Summary line: Línea 100; $number is 100.
assess-summary-linea-100 = Línea { $number }: gratis, las 24 horas
# How the summary names the nearest CEM: by the ministry and its place only ($place: "Villa El Salvador", "Comisaría Alfonso Ugarte").
assess-summary-women-service = Ministerio de la Mujer ({ $place })
# Heading above the nearest CEM and police station in the result (and in the copied summary).
assess-nearest-heading = Lo más cercano
# Helper mode: legend of the lists where the volunteer picks the district of the woman she helps.
assess-her-district = ¿En qué distrito está ella? Así los lugares más cercanos serán los suyos, no los tuyos.
# Link from the result to the service locator.
assess-link-locator = Buscar el Centro Emergencia Mujer (CEM) y la comisaría más cercanos
