//! The embed configuration a webmaster writes as `data-*` attributes on the widget element.
//!
//! Parsing never fails: every bad value becomes a [`ConfigWarning`] (shown in the console
//! for the webmaster) and the default is used instead, so a typo on a municipal page can
//! never take the help away from someone who needs it.

use thiserror::Error;

use crate::contacts::LocalContact;
use crate::exit_url;
use crate::l10n::{self, Locale};

/// Where quick exit goes when the page gives no valid URL. A weather page is an
/// ordinary thing to have open, and it shows nothing personal.
pub const DEFAULT_EXIT_URL: &str = "https://www.senamhi.gob.pe/";

/// The longest municipality name we show; longer values are treated as a mistake.
pub const MAX_MUNICIPALITY_CHARS: usize = 120;

/// The attribute that marks the element the widget mounts on.
pub const MARKER_ATTRIBUTE: &str = "data-ruta";

/// Attributes the loader puts on the widget element so that session-replay and heat-map
/// tools leave it out of their recordings (Microsoft Clarity, Hotjar, rrweb-based tools,
/// Google's snippets). They are the loader's, not settings, so they are never reported.
pub const REPLAY_MASK_ATTRIBUTES: [&str; 4] =
    ["data-clarity-mask", "data-hj-suppress", "data-private", "data-nosnippet"];

/// A six-digit INEI district code (department, province, district).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ubigeo(u32);

impl Ubigeo {
    /// Checks the shape: six digits, department 01–25, province and district not 00.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() != 6 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let department: u32 = text[0..2].parse().ok()?;
        let province: u32 = text[2..4].parse().ok()?;
        let district: u32 = text[4..6].parse().ok()?;
        if !(1..=25).contains(&department) || province == 0 || district == 0 {
            return None;
        }
        text.parse().ok().map(Ubigeo)
    }

    pub fn code(&self) -> String {
        format!("{:06}", self.0)
    }

    /// The code as a number (`150142`).
    pub fn value(&self) -> u32 {
        self.0
    }

    /// The department part (`15` for `150142`).
    pub fn department(&self) -> u8 {
        (self.0 / 10_000) as u8
    }

    /// The department and province part (`1501` for `150142`).
    pub fn province(&self) -> u16 {
        (self.0 / 100) as u16
    }
}

/// One problem found in the embed configuration. The default is used instead.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConfigWarning {
    /// `data-lang` names a language the widget does not have.
    #[error("data-lang=\"{0}\" is not available (use one of: {langs}); using the visitor's browser languages", langs = l10n::available().iter().map(|l| l.id()).collect::<Vec<_>>().join(", "))]
    UnknownLanguage(String),
    /// `data-exit-url` is not an absolute http(s) URL or a same-site path.
    #[error("data-exit-url=\"{0}\" is not an http(s) URL or a path starting with /; quick exit will go to {DEFAULT_EXIT_URL}")]
    BadExitUrl(String),
    /// `data-exit-url` leads back to the page the widget is on, so it would not leave it.
    #[error("data-exit-url=\"{0}\" leads back to this same page, so quick exit would stay on it; quick exit will go to {DEFAULT_EXIT_URL}")]
    ExitUrlIsThisPage(String),
    /// `data-municipality` is empty, too long or has control characters.
    #[error("data-municipality is empty, longer than {MAX_MUNICIPALITY_CHARS} characters or has control characters; it is not shown")]
    BadMunicipality,
    /// `data-ubigeo` is not a six-digit district code.
    #[error("data-ubigeo=\"{0}\" is not a six-digit district code (for example 150115); no default district is set")]
    BadUbigeo(String),
    /// `data-drafts` is not `true` or `false`.
    #[error("data-drafts=\"{0}\" is not true or false; draft translations are not offered")]
    BadDrafts(String),
    /// A `data-*` attribute the widget does not know, most likely a typo.
    #[error("data-{0} is not a Ruta setting and is ignored (known: data-lang, data-exit-url, data-municipality, data-ubigeo, data-drafts)")]
    UnknownAttribute(String),
}

/// The configuration after validation: every field is safe to use as is.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedConfig {
    /// The language the page asks for, if it is one we have.
    pub lang: Option<Locale>,
    /// Where quick exit goes.
    pub exit_url: String,
    /// The municipality's name, shown in the footer.
    pub municipality: Option<String>,
    /// The district the locator starts from.
    pub ubigeo: Option<Ubigeo>,
    /// The municipality's own contacts, shown in the locator and the helplines after the
    /// verified national lines.
    pub contacts: Vec<LocalContact>,
    /// Whether draft translations (not yet reviewed by native speakers) are offered: only
    /// where the page asks with `data-drafts="true"` (see `l10n::offered`).
    pub drafts: bool,
}

impl Default for EmbedConfig {
    fn default() -> Self {
        Self {
            lang: None,
            exit_url: DEFAULT_EXIT_URL.to_owned(),
            municipality: None,
            ubigeo: None,
            contacts: Vec::new(),
            drafts: false,
        }
    }
}

impl EmbedConfig {
    /// Reads the element's attributes, given as (name, value) pairs with full names
    /// (`data-lang`); attributes that are not `data-*` belong to the host and are skipped.
    pub fn from_attributes<'a>(attributes: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Self, Vec<ConfigWarning>) {
        let mut config = Self::default();
        let mut warnings = Vec::new();
        for (name, value) in attributes {
            if REPLAY_MASK_ATTRIBUTES.contains(&name) {
                continue;
            }
            let Some(setting) = name.strip_prefix("data-") else { continue };
            match setting {
                "ruta" => {}
                "lang" => match l10n::supported(value) {
                    Some(id) => config.lang = Some(id),
                    None => warnings.push(ConfigWarning::UnknownLanguage(value.to_owned())),
                },
                "exit-url" => match exit_url::valid_shape(value) {
                    Some(url) => config.exit_url = url.to_owned(),
                    None => warnings.push(ConfigWarning::BadExitUrl(value.to_owned())),
                },
                "municipality" => match valid_municipality(value) {
                    Some(name) => config.municipality = Some(name),
                    None => warnings.push(ConfigWarning::BadMunicipality),
                },
                "ubigeo" => match Ubigeo::parse(value) {
                    Some(code) => config.ubigeo = Some(code),
                    None => warnings.push(ConfigWarning::BadUbigeo(value.to_owned())),
                },
                "drafts" => match value.trim().to_ascii_lowercase().as_str() {
                    "true" => config.drafts = true,
                    "false" => config.drafts = false,
                    _ => warnings.push(ConfigWarning::BadDrafts(value.to_owned())),
                },
                other => warnings.push(ConfigWarning::UnknownAttribute(other.to_owned())),
            }
        }
        (config, warnings)
    }

    /// Resolves the exit URL against the page's own address (`location.href`), never
    /// against a `<base href>`, and falls back to the default when it would not leave the
    /// document (see [`crate::exit_url`]).
    pub fn settle_exit_url(&mut self, page_href: &str) -> Option<ConfigWarning> {
        match exit_url::resolve(&self.exit_url, page_href) {
            Ok(url) => {
                self.exit_url = url;
                None
            }
            Err(exit_url::Refusal::SameDocument) => {
                let refused = std::mem::replace(&mut self.exit_url, DEFAULT_EXIT_URL.to_owned());
                Some(ConfigWarning::ExitUrlIsThisPage(refused))
            }
        }
    }
}

fn valid_municipality(raw: &str) -> Option<String> {
    let name = collapse_whitespace(raw);
    let ok = !name.is_empty() && name.chars().count() <= MAX_MUNICIPALITY_CHARS && !name.chars().any(char::is_control);
    ok.then_some(name)
}

/// Runs of whitespace, newlines included, become one space. Webmasters wrap long
/// attribute values over several lines; that is layout, not a mistake.
pub fn collapse_whitespace(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(attrs: &[(&str, &str)]) -> (EmbedConfig, Vec<ConfigWarning>) {
        EmbedConfig::from_attributes(attrs.iter().copied())
    }

    #[test]
    fn no_attributes_gives_the_defaults_silently() {
        let (config, warnings) = parse(&[("data-ruta", ""), ("id", "ayuda"), ("class", "x")]);
        assert_eq!(config, EmbedConfig::default());
        assert!(warnings.is_empty());
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
    }

    #[test]
    fn a_full_valid_configuration_is_kept() {
        let (config, warnings) = parse(&[
            ("data-lang", "en"),
            ("data-exit-url", "https://clima.example.org/lima?x=1"),
            ("data-municipality", "  Municipalidad Distrital de Villa Esperanza "),
            ("data-ubigeo", "150142"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.lang.map(Locale::id), Some("en"));
        assert_eq!(config.exit_url, "https://clima.example.org/lima?x=1");
        assert_eq!(config.municipality.as_deref(), Some("Municipalidad Distrital de Villa Esperanza"));
        assert_eq!(config.ubigeo.map(|u| u.code()), Some("150142".to_owned()));
    }

    #[test]
    fn language_tags_are_matched_loosely() {
        for tag in ["es", "ES", "es-PE", "es_PE"] {
            assert_eq!(parse(&[("data-lang", tag)]).0.lang.map(Locale::id), Some("es"), "{tag}");
        }
        assert_eq!(parse(&[("data-lang", "en-GB")]).0.lang.map(Locale::id), Some("en"));
    }

    #[test]
    fn an_unknown_language_warns_and_is_ignored() {
        let (config, warnings) = parse(&[("data-lang", "klingon")]);
        assert_eq!(config.lang, None);
        assert_eq!(warnings, vec![ConfigWarning::UnknownLanguage("klingon".into())]);
        assert!(warnings[0].to_string().contains("es, en"));
    }

    #[test]
    fn dangerous_or_malformed_exit_urls_fall_back_to_the_default() {
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,hola",
            "//evil.example.org/",
            "ftp://example.org/",
            "https://",
            "https:///path",
            "https://exa mple.org/",
            "https://example.org/\"onmouseover",
            "https://-bad.example.org/",
            "https://example.org:99999999/",
            "https://example.org:/",
            "clima.html",
            "",
            "   ",
        ] {
            let (config, warnings) = parse(&[("data-exit-url", bad)]);
            assert_eq!(config.exit_url, DEFAULT_EXIT_URL, "{bad:?} must be refused");
            assert_eq!(warnings, vec![ConfigWarning::BadExitUrl(bad.into())], "{bad:?}");
        }
    }

    #[test]
    fn good_exit_urls_are_accepted() {
        for good in [
            "https://www.senamhi.gob.pe/",
            "http://localhost:8080/clima.html",
            "https://Example.ORG",
            "/clima.html",
            "/",
            "https://news.example.org/#top",
        ] {
            let (config, warnings) = parse(&[("data-exit-url", good)]);
            assert!(warnings.is_empty(), "{good:?}: {warnings:?}");
            assert_eq!(config.exit_url, good);
        }
    }

    #[test]
    fn an_exit_url_back_to_this_page_warns_and_uses_the_default() {
        for (exit, page) in [
            ("/", "https://muni.example.gob.pe/"),
            ("/#noticias", "https://muni.example.gob.pe/"),
            ("/ayuda?x=1#top", "https://muni.example.gob.pe/ayuda?x=1"),
        ] {
            let (mut config, warnings) = parse(&[("data-exit-url", exit)]);
            assert!(warnings.is_empty());
            assert_eq!(config.settle_exit_url(page), Some(ConfigWarning::ExitUrlIsThisPage(exit.into())), "{exit}");
            assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
        }
        let (mut config, _) = parse(&[("data-exit-url", "/clima.html")]);
        assert_eq!(config.settle_exit_url("https://muni.example.gob.pe/ayuda"), None);
        assert_eq!(config.exit_url, "https://muni.example.gob.pe/clima.html", "resolved against the page, not <base>");
        assert!(ConfigWarning::ExitUrlIsThisPage("/".into()).to_string().contains("same page"));
    }

    #[test]
    fn a_municipality_written_over_several_lines_is_one_line() {
        let (config, warnings) = parse(&[("data-municipality", "Municipalidad Distrital\n      de Villa Esperanza")]);
        assert!(warnings.is_empty());
        assert_eq!(config.municipality.as_deref(), Some("Municipalidad Distrital de Villa Esperanza"));
    }

    #[test]
    fn ubigeo_shape_is_checked() {
        for bad in ["15011", "1501155", "15O115", "000101", "260101", "150015", "150100", "-15011"] {
            let (config, warnings) = parse(&[("data-ubigeo", bad)]);
            assert_eq!(config.ubigeo, None, "{bad}");
            assert_eq!(warnings, vec![ConfigWarning::BadUbigeo(bad.into())]);
        }
        for good in ["010101", "150115", "250401", " 150142 "] {
            assert!(Ubigeo::parse(good).is_some(), "{good}");
        }
        assert_eq!(Ubigeo::parse("010101").unwrap().code(), "010101", "leading zero kept");
    }

    #[test]
    fn municipality_must_be_a_plain_short_name() {
        let long = "M".repeat(MAX_MUNICIPALITY_CHARS + 1);
        for bad in ["", "   ", "Muni\u{0}cipio", long.as_str()] {
            let (config, warnings) = parse(&[("data-municipality", bad)]);
            assert_eq!(config.municipality, None);
            assert_eq!(warnings, vec![ConfigWarning::BadMunicipality]);
        }
        let exact = "Ñ".repeat(MAX_MUNICIPALITY_CHARS);
        assert!(parse(&[("data-municipality", exact.as_str())]).1.is_empty(), "counts characters, not bytes");
    }

    #[test]
    fn drafts_are_offered_only_when_the_page_asks() {
        assert!(!parse(&[]).0.drafts);
        assert!(parse(&[("data-drafts", "true")]).0.drafts);
        assert!(parse(&[("data-drafts", " TRUE ")]).0.drafts);
        assert!(!parse(&[("data-drafts", "false")]).0.drafts);
        let (config, warnings) = parse(&[("data-drafts", "si")]);
        assert!(!config.drafts);
        assert_eq!(warnings, vec![ConfigWarning::BadDrafts("si".into())]);
    }

    #[test]
    fn the_loaders_replay_masks_are_not_settings() {
        let attrs: Vec<(&str, &str)> = REPLAY_MASK_ATTRIBUTES.iter().map(|name| (*name, "true")).collect();
        assert_eq!(parse(&attrs), (EmbedConfig::default(), vec![]));
    }

    #[test]
    fn unknown_data_attributes_are_reported_as_probable_typos() {
        let (config, warnings) = parse(&[("data-exit_url", "https://x.example.org/"), ("data-lang", "es")]);
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
        assert_eq!(config.lang.map(Locale::id), Some("es"));
        assert_eq!(warnings, vec![ConfigWarning::UnknownAttribute("exit_url".into())]);
    }

    #[test]
    fn every_warning_keeps_every_other_valid_setting() {
        let (config, warnings) = parse(&[
            ("data-lang", "xx"),
            ("data-exit-url", "javascript:void(0)"),
            ("data-municipality", "Municipalidad de Prueba"),
            ("data-ubigeo", "99"),
        ]);
        assert_eq!(warnings.len(), 3);
        assert_eq!(config.municipality.as_deref(), Some("Municipalidad de Prueba"));
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
    }
}
