//! The embed snippet a webmaster pastes, written from a configuration: the element with
//! its `data-*` attributes, the fallback HTML (quick exit, 105, Línea 100, the local
//! contacts) and the loader's `<script>`; and the standalone page that holds the same.
//!
//! The configurator page (`ruta/configurar.html`) writes its snippet here and checks it
//! with [`read_embed`]: the sequence the widget runs when it mounts (`src/mount.rs`: the
//! element's attributes, the exit URL settled against the page, then each contact) over
//! the same parsers, so what the configurator warns about is exactly what the widget would
//! log (e2e/tests/configurator.test.mjs compares the two line by line).
//!
//! Values are written as typed, even bad ones: the snippet must give, once pasted, the
//! same warnings the configurator showed. Escaping makes any value safe in the HTML.

use crate::config::{ConfigWarning, EmbedConfig, DEFAULT_EXIT_URL, MARKER_ATTRIBUTE};
use crate::contacts::{LocalContact, CONTACT_MARKER};
use crate::exit_url;

/// Where the loader is on a municipality's site, as `docs/EMBEDDING.md` says.
pub const LOADER_SRC: &str = "/ruta/ruta-embed.js";

/// The strict policy of `docs/EMBEDDING.md`, as the standalone page's `<meta>` tag holds it.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; base-uri 'self'; object-src 'none'";

/// The fallback's words. They are Spanish whatever `data-lang` says: they are what the
/// page shows when the widget cannot run, and Spanish is the language Línea 100 serves.
const FALLBACK_EXIT: &str = "Salir rápido de esta página";
const FALLBACK_HELP: [&str; 2] = [
    "Si estás en peligro ahora, llama a la Policía: <a href=\"tel:105\">105</a>.",
    "¿Necesitas ayuda? Llama gratis a la <a href=\"tel:100\">Línea 100</a>, las 24 horas.",
];

/// A value for inside a double-quoted attribute: `&`, `<`, `>`, `"` and `'` become
/// entities, so no value can end the attribute or open a tag.
pub fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// Text between tags: the same escaping, which is also safe there.
pub fn escape_text(value: &str) -> String {
    escape_attribute(value)
}

/// The `data-kind` values of a local contact, in the order a form lists them.
pub const CONTACT_KINDS: [&str; 6] = ["escuadron", "serenazgo", "mujer", "demuna", "comisaria", "otro"];

/// One local contact as the webmaster typed it; empty fields are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactInput {
    /// A `data-kind` value (`escuadron`, `demuna`, …).
    pub kind: String,
    pub name: String,
    pub phone: String,
    pub address: String,
    pub lat: String,
    pub lon: String,
    pub hours: String,
}

impl ContactInput {
    /// The element's attributes, in the order they are written.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![(CONTACT_MARKER, String::new())];
        for (name, value) in [
            ("data-kind", &self.kind),
            ("data-name", &self.name),
            ("data-phone", &self.phone),
            ("data-address", &self.address),
            ("data-lat", &self.lat),
            ("data-lon", &self.lon),
            ("data-hours", &self.hours),
        ] {
            if !value.trim().is_empty() {
                out.push((name, value.trim().to_owned()));
            }
        }
        out
    }
}

/// What the webmaster chose; empty fields are left out of the snippet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedInput {
    /// A `data-lang` value, or empty for the visitor's browser languages.
    pub lang: String,
    pub exit_url: String,
    pub municipality: String,
    /// The district's six-digit code, from the picker.
    pub ubigeo: String,
    pub drafts: bool,
    pub contacts: Vec<ContactInput>,
}

impl EmbedInput {
    /// The widget element's attributes, in the order they are written.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![(MARKER_ATTRIBUTE, String::new())];
        for (name, value) in [
            ("data-lang", &self.lang),
            ("data-exit-url", &self.exit_url),
            ("data-municipality", &self.municipality),
            ("data-ubigeo", &self.ubigeo),
        ] {
            if !value.trim().is_empty() {
                out.push((name, value.trim().to_owned()));
            }
        }
        if self.drafts {
            out.push(("data-drafts", "true".to_owned()));
        }
        out
    }

    /// What the widget would make of this snippet on the page at `page_href`, and the
    /// warnings it would log (without their `Ruta: ` prefix).
    pub fn check(&self, page_href: &str) -> (EmbedConfig, Vec<String>) {
        let contacts: Vec<Vec<(&'static str, String)>> = self.contacts.iter().map(ContactInput::attributes).collect();
        let contacts = contacts.iter().map(|attributes| attributes.iter().map(|(n, v)| (*n, v.as_str())));
        read_embed(self.attributes().iter().map(|(n, v)| (*n, v.as_str())), contacts, page_href)
    }

    /// The snippet to paste where the widget goes, with the loader at `loader_src`.
    pub fn snippet(&self, loader_src: &str) -> String {
        let mut out = String::new();
        out.push_str(&self.element("  "));
        out.push_str(&format!("<script type=\"module\" src=\"{}\"></script>\n", escape_attribute(loader_src)));
        out
    }

    /// A whole page holding the widget, for `ruta/` next to `ruta-embed.js`: a neutral
    /// title, no Referer, the strict CSP as a `<meta>` tag (like `static/ayuda.html`).
    pub fn standalone_page(&self) -> String {
        let mut element = String::new();
        for line in self.element("  ").lines() {
            element.push_str("    ");
            element.push_str(line);
            element.push('\n');
        }
        format!(
            "<!doctype html>\n<html lang=\"es\">\n<head>\n  <meta charset=\"utf-8\">\n  \
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <title>Clima</title>\n  \
             <meta name=\"referrer\" content=\"no-referrer\">\n  <meta name=\"robots\" content=\"noindex\">\n  \
             <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n  <link rel=\"icon\" href=\"data:,\">\n\
             </head>\n<body>\n  <main>\n{element}  </main>\n  <script type=\"module\" src=\"ruta-embed.js\"></script>\n\
             </body>\n</html>\n",
            // Written as is: the constant holds no character that could end the attribute.
            csp = STRICT_CSP,
        )
    }

    /// The `[data-ruta]` element with its fallback content, lines indented by `indent`.
    fn element(&self, indent: &str) -> String {
        let mut out = String::from("<div");
        for (i, (name, value)) in self.attributes().iter().enumerate() {
            // One attribute a line, as docs/EMBEDDING.md writes them: easy to read and edit.
            if i > 0 {
                out.push_str("\n     ");
            } else {
                out.push(' ');
            }
            push_attribute(&mut out, name, value);
        }
        out.push_str(">\n");
        // The fallback link goes where the widget's quick exit would, or to the default
        // when the value would be refused (a javascript: URL must never become a link).
        let exit = exit_url::valid_shape(&self.exit_url).unwrap_or(DEFAULT_EXIT_URL);
        out.push_str(&format!(
            "{indent}<p><a href=\"{}\" data-ruta-exit rel=\"nofollow noreferrer\">{FALLBACK_EXIT}</a></p>\n",
            escape_attribute(exit)
        ));
        out.push_str(&format!("{indent}<p>{}\n{indent}   {}</p>\n", FALLBACK_HELP[0], FALLBACK_HELP[1]));
        if !self.contacts.is_empty() {
            out.push_str(&format!("{indent}<ul>\n"));
            for (index, contact) in self.contacts.iter().enumerate() {
                out.push_str(&contact_item(index + 1, contact, indent));
            }
            out.push_str(&format!("{indent}</ul>\n"));
        }
        out.push_str("</div>\n");
        out
    }
}

fn push_attribute(out: &mut String, name: &str, value: &str) {
    out.push_str(name);
    // The markers are written bare (`data-ruta`), as in every example.
    if !(value.is_empty() && (name == MARKER_ATTRIBUTE || name == CONTACT_MARKER)) {
        out.push_str("=\"");
        out.push_str(&escape_attribute(value));
        out.push('"');
    }
}

/// One `<li data-ruta-contact …>` with its readable fallback: name, number (a `tel:` link
/// when the widget would accept the contact) and hours.
fn contact_item(position: usize, contact: &ContactInput, indent: &str) -> String {
    let attributes = contact.attributes();
    let (parsed, _) = LocalContact::from_attributes(position, attributes.iter().map(|(n, v)| (*n, v.as_str())));
    let mut out = format!("{indent}  <li ");
    for (i, (name, value)) in attributes.iter().enumerate() {
        if i > 0 {
            out.push_str(&format!("\n{indent}      "));
        }
        push_attribute(&mut out, name, value);
    }
    out.push_str(&format!(">\n{indent}    "));
    let name = crate::config::collapse_whitespace(&contact.name);
    let phone = crate::config::collapse_whitespace(&contact.phone);
    if !name.is_empty() {
        out.push_str(&format!("{}: ", escape_text(&name)));
    }
    match parsed {
        Some(valid) => {
            out.push_str(&format!("<a href=\"{}\">{}</a>", escape_attribute(&valid.tel), escape_text(&phone)))
        }
        None => out.push_str(&escape_text(&phone)),
    }
    let hours = crate::config::collapse_whitespace(&contact.hours);
    if !hours.is_empty() {
        out.push_str(&format!(" ({})", escape_text(&hours)));
    }
    out.push_str("</li>\n");
    out
}

/// Reads a widget element the way the widget does when it mounts: its attributes, the
/// exit URL settled against the page's address, then each contact element's attributes
/// in order. Returns the configuration and every warning, in the order they are logged.
pub fn read_embed<'a, C>(
    element: impl IntoIterator<Item = (&'a str, &'a str)>,
    contacts: impl IntoIterator<Item = C>,
    page_href: &str,
) -> (EmbedConfig, Vec<String>)
where
    C: IntoIterator<Item = (&'a str, &'a str)>,
{
    let (mut config, config_warnings) = EmbedConfig::from_attributes(element);
    let mut warnings: Vec<ConfigWarning> = config_warnings;
    warnings.extend(config.settle_exit_url(page_href));
    let mut messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    for (index, attributes) in contacts.into_iter().enumerate() {
        let (contact, contact_warnings) = LocalContact::from_attributes(index + 1, attributes);
        messages.extend(contact_warnings.iter().map(ToString::to_string));
        config.contacts.extend(contact);
    }
    (config, messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demuna() -> ContactInput {
        ContactInput {
            kind: "demuna".into(),
            name: "DEMUNA Ejemplo".into(),
            phone: "(01) 287 1071".into(),
            address: "Palacio municipal, segundo piso".into(),
            ..ContactInput::default()
        }
    }

    fn example() -> EmbedInput {
        EmbedInput {
            lang: "es".into(),
            exit_url: "https://www.senamhi.gob.pe/".into(),
            municipality: "Municipalidad Distrital de Ejemplo".into(),
            ubigeo: "150115".into(),
            drafts: false,
            contacts: vec![demuna()],
        }
    }

    /// The attributes of every element of `html` whose tag is `tag`, read back with a
    /// tiny parser of the snippet's own shape (double-quoted values, entities decoded).
    fn elements(html: &str, tag: &str) -> Vec<Vec<(String, String)>> {
        let decode = |v: &str| {
            v.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        };
        let mut out = Vec::new();
        for start in html.match_indices(&format!("<{tag} ")).map(|(i, _)| i + tag.len() + 2) {
            let end = start + html[start..].find('>').unwrap();
            let mut rest = &html[start..end];
            let mut attributes = Vec::new();
            loop {
                rest = rest.trim_start();
                if rest.is_empty() {
                    break;
                }
                let name_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
                let name = rest[..name_end].to_owned();
                rest = &rest[name_end..];
                if let Some(after) = rest.strip_prefix("=\"") {
                    let close = after.find('"').unwrap();
                    attributes.push((name, decode(&after[..close])));
                    rest = &after[close + 1..];
                } else {
                    attributes.push((name, String::new()));
                }
            }
            out.push(attributes);
        }
        out
    }

    #[test]
    fn the_kit_example_is_the_snippet_this_module_writes() {
        let snippet = example().snippet(LOADER_SRC);
        let kit = include_str!("../../kit/ejemplo.html");
        // kit/ejemplo.html, in the release zip, shows exactly what the configurator writes.
        let start = kit.find("<div data-ruta").unwrap();
        let end = kit.find("<!-- Ruta: fin").unwrap();
        let kit_snippet: String = kit[start..end]
            .lines()
            .map(|l| l.strip_prefix("    ").unwrap_or(l).trim_end())
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(snippet.trim_end(), kit_snippet.trim_end());
    }

    #[test]
    fn a_valid_configuration_reads_back_with_no_warning_and_its_contacts() {
        let input = example();
        let (config, warnings) = input.check("https://muni.example.gob.pe/orientacion");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.municipality.as_deref(), Some("Municipalidad Distrital de Ejemplo"));
        assert_eq!(config.contacts.len(), 1);
        assert_eq!(config.contacts[0].tel, "tel:+5112871071");
        // What the snippet holds is what was checked: parse it back as the widget would.
        let snippet = input.snippet(LOADER_SRC);
        let element = &elements(&snippet, "div")[0];
        let contacts = elements(&snippet, "li");
        let (again, warnings) = read_embed(
            element.iter().map(|(n, v)| (n.as_str(), v.as_str())),
            contacts.iter().map(|c| c.iter().map(|(n, v)| (n.as_str(), v.as_str()))),
            "https://muni.example.gob.pe/orientacion",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(again, config);
        assert!(snippet.contains("<a href=\"tel:+5112871071\">(01) 287 1071</a>"));
        assert!(
            snippet.contains("<a href=\"tel:105\">105</a>") && snippet.contains("<a href=\"tel:100\">Línea 100</a>")
        );
        assert!(snippet.ends_with("<script type=\"module\" src=\"/ruta/ruta-embed.js\"></script>\n"));
    }

    #[test]
    fn hostile_values_are_escaped_and_read_back_unchanged() {
        let nasty = "Muni \"<script>alert('x')</script>\" & co";
        let mut input = example();
        input.municipality = nasty.into();
        input.contacts[0].name = "DEMUNA <b>\"uno\"</b>".into();
        input.contacts[0].hours = "8 a 5 & sábados".into();
        let snippet = input.snippet(LOADER_SRC);
        assert!(!snippet.contains("<script>") && !snippet.contains("<b>"), "{snippet}");
        assert_eq!(snippet.matches("<script").count(), 1, "only the loader's script tag");
        let element = &elements(&snippet, "div")[0];
        assert!(element.contains(&("data-municipality".to_owned(), nasty.to_owned())));
        let contact = &elements(&snippet, "li")[0];
        assert!(contact.contains(&("data-name".to_owned(), "DEMUNA <b>\"uno\"</b>".to_owned())));
        assert!(snippet.contains("DEMUNA &lt;b&gt;&quot;uno&quot;&lt;/b&gt;: "));
        assert!(snippet.contains("(8 a 5 &amp; sábados)"));
        assert_eq!(escape_attribute("a'b"), "a&#39;b");
    }

    #[test]
    fn bad_values_stay_in_the_snippet_so_the_widget_warns_the_same_but_never_become_links() {
        let mut input = example();
        input.exit_url = "javascript:alert(1)".into();
        input.ubigeo = "99".into();
        input.contacts[0].phone = "287 1071".into();
        let (config, warnings) = input.check("https://muni.example.gob.pe/");
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
        assert!(config.contacts.is_empty());
        assert_eq!(
            warnings,
            vec![
                ConfigWarning::BadExitUrl("javascript:alert(1)".into()).to_string(),
                ConfigWarning::BadUbigeo("99".into()).to_string(),
                crate::contacts::ContactWarning::NoAreaCode { position: 1, value: "287 1071".into() }.to_string(),
            ]
        );
        let snippet = input.snippet(LOADER_SRC);
        assert!(
            snippet.contains("data-exit-url=\"javascript:alert(1)\""),
            "kept, so the widget gives the same warning"
        );
        assert!(!snippet.contains("href=\"javascript"), "{snippet}");
        assert!(snippet.contains(&format!("<a href=\"{DEFAULT_EXIT_URL}\" data-ruta-exit")));
        assert!(snippet.contains("DEMUNA Ejemplo: 287 1071</li>"), "no tel: link for a number the widget refuses");
    }

    #[test]
    fn an_exit_url_back_to_the_page_warns_as_the_widget_does() {
        let mut input = example();
        input.exit_url = "/ayuda.html".into();
        let (_, warnings) = input.check("https://muni.example.gob.pe/ayuda.html");
        assert_eq!(warnings, vec![ConfigWarning::ExitUrlIsThisPage("/ayuda.html".into()).to_string()]);
    }

    #[test]
    fn every_listed_kind_is_one_the_widget_reads() {
        let kinds: Vec<_> = CONTACT_KINDS.iter().map(|k| crate::contacts::ContactKind::parse(k).unwrap()).collect();
        for (i, kind) in kinds.iter().enumerate() {
            assert!(!kinds[..i].contains(kind), "{kind:?} twice");
        }
    }

    #[test]
    fn empty_fields_are_left_out_and_drafts_are_written_only_when_asked() {
        let input = EmbedInput::default();
        assert_eq!(input.attributes(), vec![(MARKER_ATTRIBUTE, String::new())]);
        assert!(input.snippet(LOADER_SRC).starts_with("<div data-ruta>\n"));
        assert!(input.check("https://muni.example.gob.pe/").1.is_empty());
        let drafts = EmbedInput { drafts: true, ..EmbedInput::default() };
        assert!(drafts.snippet(LOADER_SRC).starts_with("<div data-ruta\n     data-drafts=\"true\">"));
        let contact = ContactInput { name: " X ".into(), ..ContactInput::default() };
        assert_eq!(contact.attributes(), vec![(CONTACT_MARKER, String::new()), ("data-name", "X".to_owned())]);
    }

    #[test]
    fn the_standalone_page_is_the_shipped_one_with_this_configuration() {
        let shipped = include_str!("../../static/ayuda.html");
        assert!(shipped.contains(&format!("content=\"{STRICT_CSP}\"")), "the same CSP as static/ayuda.html");
        let page = example().standalone_page();
        for line in [
            "<title>Clima</title>",
            "<meta name=\"referrer\" content=\"no-referrer\">",
            "<meta name=\"robots\" content=\"noindex\">",
            "<script type=\"module\" src=\"ruta-embed.js\"></script>",
        ] {
            assert!(shipped.contains(line) && page.contains(line), "{line}");
        }
        assert!(page.contains(&format!("content=\"{STRICT_CSP}\"")) && !STRICT_CSP.contains(['"', '<', '>', '&']));
        assert!(page.contains("    <div data-ruta\n         data-lang=\"es\""));
        assert!(page.contains("data-phone=\"(01) 287 1071\""));
        assert_eq!(page.matches("<script").count(), 1);
    }
}
