//! "Copiar resumen": which lines the copied summary may hold. The text may end up on her
//! phone, where the person who harms her may read it, so the rule is structural: the
//! summary is built from numbers and places only, and nothing that says what she answered
//! (no answers, no level, no question) can be handed to it.

/// One line of the copied summary; the shell words each one in the visitor's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryLine<'a> {
    /// A neutral title ("Números útiles").
    Title,
    /// The police emergency line, 105.
    Police105,
    /// Línea 100.
    Linea100,
    /// A nearby place by its neutral name (a CEM by the ministry and its place only), with
    /// the numbers it can be called on.
    Place { name: &'a str, phones: Vec<&'a str> },
}

/// The summary's lines: the title, 105, Línea 100, then each place that can be called.
/// A place with no phone adds nothing: a name alone is no help and says where she looked.
pub fn summary_lines<'a>(places: impl IntoIterator<Item = (&'a str, Vec<&'a str>)>) -> Vec<SummaryLine<'a>> {
    let calls = places.into_iter().filter(|(_, phones)| !phones.is_empty());
    [SummaryLine::Title, SummaryLine::Police105, SummaryLine::Linea100]
        .into_iter()
        .chain(calls.map(|(name, phones)| SummaryLine::Place { name, phones }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_first_then_only_places_that_can_be_called() {
        let lines = summary_lines([("Ministerio de la Mujer (Lima)", vec!["932 870 341"]), ("Comisaría", vec![])]);
        assert_eq!(
            lines,
            [
                SummaryLine::Title,
                SummaryLine::Police105,
                SummaryLine::Linea100,
                SummaryLine::Place { name: "Ministerio de la Mujer (Lima)", phones: vec!["932 870 341"] },
            ]
        );
        assert_eq!(summary_lines([]).len(), 3, "the helplines even with no place known");
    }
}
