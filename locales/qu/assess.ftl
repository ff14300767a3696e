# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# The self-assessment. Only the heading is translated: the questions and results fall back to Spanish.
# Heading of the assessment screen. Discreet: it must not alarm someone reading over a shoulder.
# REVIEW: [self] is home-menu-assessment word for word; [other] uses the third-person "-n" (her). Check both.
assess-heading =
    { $who ->
        [self] Amachakunaykimanta tapukuykuna
       *[other] Amachakunanmanta tapukuykuna
    }
