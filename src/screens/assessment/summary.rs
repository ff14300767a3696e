use ruta_core::helplines::{LINEA_100, POLICE_105};
use ruta_core::l10n::{without_isolation_marks, Value};
use ruta_core::summary::{summary_lines, SummaryLine};

use super::NearbyService;
use crate::l10n::L10n;

/// The plain text "Copiar resumen" puts on the clipboard: useful numbers and the
/// nearest places, under neutral words. It never includes the answers, nor the level, nor
/// words such as "peligro" or "CEM": the text may end up on her phone, where the person
/// who harms her may read it.
pub fn summary_text(l10n: &L10n, nearest: &[NearbyService]) -> String {
    let number = |n: &'static str| [("number", Value::from(n))];
    let places = nearest.iter().map(|service| {
        (service.summary_name.as_str(), service.phones.iter().map(|phone| phone.display.as_str()).collect())
    });
    let lines: Vec<String> = summary_lines(places)
        .into_iter()
        .map(|line| match line {
            SummaryLine::Title => l10n.t("assess-summary-title"),
            SummaryLine::Police105 => format!("- {}", l10n.t_args("assess-summary-police", &number(POLICE_105.dial))),
            SummaryLine::Linea100 => format!("- {}", l10n.t_args("assess-summary-linea-100", &number(LINEA_100.dial))),
            SummaryLine::Place { name, phones } => format!("- {name}: {}", phones.join(" / ")),
        })
        .collect();
    without_isolation_marks(&lines.join("\n"))
}
