assess-heading =
    { $who ->
        [self] Questions about your safety
       *[other] Questions about her safety
    }
assess-intro =
    { $who ->
        [self] The questions are about the person who hurts you, for example your partner or ex-partner. You can skip any question. Your answers are not saved and are erased when you leave.
       *[other] Before you start, ask her if she can talk without anyone hearing her. The questions are about the person you are helping and the person who hurts her, for example her partner or ex-partner. Any question can be skipped. The answers are not saved and are erased when you leave.
    }
assess-part-recognition =
    { $who ->
        [self] Is what you are living through violence?
       *[other] Is what she is living through violence?
    }
assess-part-danger =
    { $who ->
        [self] Signs of danger
       *[other] Signs of danger for her
    }

assess-q-humiliated =
    { $who ->
        [self] Does this person put you down, insult you or make you feel small?
       *[other] Does this person put her down, insult her or make her feel small?
    }
assess-q-isolated =
    { $who ->
        [self] Does this person keep you away from your family or friends, or check your phone to control you?
       *[other] Does this person keep her away from her family or friends, or check her phone to control her?
    }
assess-q-afraid =
    { $who ->
        [self] Are you afraid of this person?
       *[other] Is she afraid of this person?
    }
assess-q-hurt =
    { $who ->
        [self] Has this person hit, kicked or pushed you, or hurt your body in another way?
       *[other] Has this person hit, kicked or pushed her, or hurt her body in another way?
    }
assess-q-forced-sex =
    { $who ->
        [self] Has this person forced or pressured you to have sex, or to do something sexual you did not want?
       *[other] Has this person forced or pressured her to have sex, or to do something sexual she did not want?
    }
assess-q-money =
    { $who ->
        [self] Does this person take your money, decide everything about money, or not let you work?
       *[other] Does this person take her money, decide everything about money, or not let her work?
    }
assess-q-belongings =
    { $who ->
        [self] Does this person break, hide or keep your things or your papers, such as your ID card (DNI)?
       *[other] Does this person break, hide or keep her things or her papers, such as her ID card (DNI)?
    }

assess-q-weapon =
    { $who ->
        [self] Has this person ever attacked you with a weapon, such as a knife or a gun, or threatened you with one?
       *[other] Has this person ever attacked her with a weapon, such as a knife or a gun, or threatened her with one?
    }
assess-q-threat-kill =
    { $who ->
        [self] Has this person said they will kill you or your children?
       *[other] Has this person said they will kill her or her children?
    }
assess-q-might-kill =
    { $who ->
        [self] Do you think this person might try to kill you?
       *[other] Does she think this person might try to kill her?
    }
assess-q-capable-kill =
    { $who ->
        [self] Even if they have not tried, do you think this person would be capable of killing you?
       *[other] Even if they have not tried, does she think this person would be capable of killing her?
    }
assess-q-strangled =
    { $who ->
        [self] Has this person ever squeezed your neck or tried to strangle you?
       *[other] Has this person ever squeezed her neck or tried to strangle her?
    }
assess-q-gun =
    { $who ->
        [self] Does the person who hurts you have a gun, or could they get one easily?
       *[other] Does the person who hurts her have a gun, or could they get one easily?
    }
assess-q-worse =
    { $who ->
        [self] In the last 6 months, does this person attack you more often or hurt you more than before?
       *[other] In the last 6 months, does this person attack her more often or hurt her more than before?
    }
assess-q-beaten-pregnant =
    { $who ->
        [self] Did this person ever beat you while you were pregnant?
       *[other] Did this person ever beat her while she was pregnant?
    }
assess-q-jealous-violent =
    { $who ->
        [self] Is this person jealous of you all the time, and does the jealousy end in violence?
       *[other] Is this person jealous of her all the time, and does the jealousy end in violence?
    }
assess-q-jealous-control =
    { $who ->
        [self] Is this person very jealous or jealous all the time, or do they control almost everything you do each day?
       *[other] Is this person very jealous or jealous all the time, or do they control almost everything she does each day?
    }
assess-q-separated =
    { $who ->
        [self] Did you separate or leave after living together or being married?
       *[other] Did she separate or leave after living together or being married?
    }
assess-q-unemployed =
    { $who ->
        [self] Is the person who hurts you out of work?
       *[other] Is the person who hurts her out of work?
    }
assess-q-suicide-threat =
    { $who ->
        [self] Has the person who hurts you tried to take their own life, or said they will?
       *[other] Has the person who hurts her tried to take their own life, or said they will?
    }
assess-q-child-not-theirs =
    { $who ->
        [self] Do you have a child with someone else, and the person who hurts you knows it?
       *[other] Does she have a child with someone else, and the person who hurts her knows it?
    }
assess-q-stalking =
    { $who ->
        [self] Does this person follow you, watch you or send you threatening messages?
       *[other] Does this person follow her, watch her or send her threatening messages?
    }

assess-answer-yes = Yes
assess-answer-no = No
assess-answer-unsure =
    { $who ->
        [self] I don't know / I'd rather not say
       *[other] She doesn't know / would rather not say
    }

assess-level-high =
    { $who ->
        [self] High danger: your life may be at risk.
       *[other] High danger: her life may be at risk.
    }
assess-level-elevated =
    { $who ->
        [self] Your answers show signs of danger.
       *[other] The answers show signs of danger for her.
    }
assess-level-none =
    { $who ->
        [self] You did not answer “yes” to any question. If something worries you, trust what you feel.
       *[other] No question was answered “yes”. If something worries her, take it seriously.
    }
assess-level-named =
    { $who ->
        [self] What you describe is serious, and there is help for you.
       *[other] What she describes is serious, and there is help for her.
    }
assess-high-first-steps =
    { $who ->
        [self] Get help today. If you are in danger now, call { -police-105-number }. You can also call { -linea-100-name } or go to the nearest Women's Emergency Centre (CEM) or police station.
       *[other] Help her get help today. If she is in danger now, she should call { -police-105-number }. She can also call { -linea-100-name } or go to the nearest Women's Emergency Centre (CEM) or police station.
    }
assess-afraid =
    { $who ->
        [self] You said you are afraid of this person. Trust that fear: it is an important sign. If you are afraid right now, call { -police-105-number }.
       *[other] She is afraid of this person. That fear is an important sign: take it seriously. If she is afraid right now, she should call { -police-105-number }.
    }
assess-not-your-fault = What is happening to you is not your fault. You are not alone.
assess-next-elevated =
    { $who ->
        [self] Next step: call { -linea-100-name } or go to a Women's Emergency Centre (CEM). They help you make a safety plan, including for the time you separate, which can be riskier.
       *[other] Next step: she can call { -linea-100-name } or go to a Women's Emergency Centre (CEM). They help her make a safety plan, including for the time she separates, which can be riskier.
    }
assess-next-none =
    { $who ->
        [self] Next step: if you want to talk about what is happening, call { -linea-100-name }. They listen and tell you what you can do.
       *[other] Next step: if she wants to talk about what is happening, she can call { -linea-100-name }. They listen and tell her what she can do.
    }
assess-any-violence-serious =
    { $who ->
        [self] Any violence is serious. You have the right to report it and to get help.
       *[other] Any violence is serious. She has the right to report it and to get help.
    }
assess-linea-100 =
    { $who ->
        [self] You can call { -linea-100-name } for free, day or night. They answer in Spanish, Quechua and Aymara.
       *[other] She can call { -linea-100-name } for free, day or night. They answer in Spanish, Quechua and Aymara.
    }
assess-disclaimer =
    { $who ->
        [self] This is only a guide. It is not the official risk assessment (the Ficha de Valoración del Riesgo, FVR). The Women's Emergency Centre (CEM) or the police do that assessment.
       *[other] This is only a guide. It is not the official risk assessment (the Ficha de Valoración del Riesgo, FVR). The Women's Emergency Centre (CEM) or the police do that assessment when she goes to them.
    }
assess-urgent-heading =
    { $who ->
        [self] That answer is a sign of high danger: your life may be at risk.
       *[other] That answer is a sign of high danger: her life may be at risk.
    }
assess-urgent-text =
    { $who ->
        [self] If you are in danger now, call { -police-105-number }. { -linea-100-name } gives advice day or night. You can also go to the nearest Women's Emergency Centre (CEM) or police station.
       *[other] If she is in danger now, she should call { -police-105-number }, or you call and give her address. { -linea-100-name } gives advice day or night. She can also go to the nearest Women's Emergency Centre (CEM) or police station.
    }
assess-urgent-choice =
    { $who ->
        [self] You can stop here, or go on with the questions left.
       *[other] You can stop here, or go on with the questions left.
    }
assess-urgent-stop = Stop and see what to do
assess-urgent-go-on = Go on with the questions

assess-types-intro =
    { $who ->
        [self] What you describe has a name in Peruvian law (Law 30364):
       *[other] What she describes has a name in Peruvian law (Law 30364):
    }
assess-type-physical = Physical violence: hitting and other harm to the body or health.
assess-type-psychological = Psychological violence: humiliating, insulting, threatening, controlling or isolating.
assess-type-sexual = Sexual violence: sexual acts without consent, also within a couple.
assess-type-economic = Economic or property violence: taking or controlling money, belongings or papers, or not letting someone work.

assess-unanswered-intro =
    { $who ->
        [self] Some important questions were left unanswered, and that is all right. This is what a “yes” would mean:
       *[other] Some important questions were left unanswered, and that is all right. This is what a “yes” would mean:
    }
assess-if-yes-ls1 =
    { $who ->
        [self] If this person has attacked or threatened you with a weapon, your life may be at risk.
       *[other] If this person has attacked or threatened her with a weapon, her life may be at risk.
    }
assess-if-yes-ls2 =
    { $who ->
        [self] If this person has said they will kill you or your children, your life may be at risk.
       *[other] If this person has said they will kill her or her children, her life may be at risk.
    }
assess-if-yes-ls3 =
    { $who ->
        [self] If you think this person might try to kill you, take that feeling seriously: your life may be at risk.
       *[other] If she thinks this person might try to kill her, take it seriously: her life may be at risk.
    }
assess-if-yes-strangulation =
    { $who ->
        [self] If this person ever squeezed your neck or tried to strangle you, your life may be at risk.
       *[other] If this person ever squeezed her neck or tried to strangle her, her life may be at risk.
    }
assess-if-yes-count =
    { $who ->
        [self] With the signs you already marked, a “yes” here would mean high danger.
       *[other] With the signs already marked, a “yes” here would mean high danger.
    }
assess-helper-toggle = I am helping someone else
assess-helper-guide-link = How to support someone by phone
assess-start = Start
assess-progress = Question { $current } of { $total }
assess-back = Previous question
assess-clear = Clear answers
assess-link-rights = See rights and protection measures
assess-link-helplines = See all helplines
assess-link-plan = See the safety plan
assess-script-heading = What to say now
assess-script-urgent = If she is in danger now, she should call { -police-105-number }, or you call. Ask if she can go somewhere safe.
assess-script-believe = Tell her you believe her and that what is happening is not her fault.
assess-script-options = Tell her she can call { -linea-100-name } for free or go to a CEM, and that she decides what to do.
assess-script-next-contact = Agree when and how to talk again safely.
assess-copy = Copy summary
assess-copy-note = Before you send her anything, ask her whether that would be safe for her: the person who harms her may check her phone. The summary has only useful numbers and the nearest places, in words that do not say what it is about, and none of the answers. The copied text stays in this phone's clipboard until you copy something else, and some phones keep a clipboard history.
assess-copied = Summary copied.
assess-summary-title = Useful numbers
assess-summary-police = Police: { $number }
assess-summary-linea-100 = Línea { $number }: free, 24 hours
assess-summary-women-service = Ministry of Women ({ $place })
assess-nearest-heading = Nearest places
assess-her-district = Which district is she in? Then the nearest places will be hers, not yours.
assess-link-locator = Find the nearest Women's Emergency Centre (CEM) and police station
