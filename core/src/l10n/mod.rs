//! Languages: which ones the widget has, which one a visitor gets, and message formatting.
//!
//! Spanish (`es`) is the source locale. Every other locale falls back to Spanish *per
//! message*: a Quechua screen with one untranslated sentence shows that one sentence in
//! Spanish and everything else in Quechua.

mod catalogue;
#[cfg(feature = "compile")]
pub mod compile;
mod markers;

pub use catalogue::{Args, Catalogue, PluralRule, Value};

mod sources {
    include!(concat!(env!("OUT_DIR"), "/locale_sources.rs"));
}

/// The source locale's id, and the last link of every fallback chain.
pub const SOURCE_LANG: &str = "es";

/// What the widget knows of each locale it may ship: the one table to extend when a
/// locale is added (with its folder under `locales/`).
struct LocaleInfo {
    id: &'static str,
    /// Its name in itself, for the picker.
    native_name: &'static str,
    review: Review,
    /// How it writes the decimal point: `1,5` in Spanish, and in Quechua and Aymara as
    /// read in Peru; `1.5` in English.
    decimal_separator: char,
    /// How its plural selects read a whole number.
    plural: PluralRule,
}

const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        id: "es",
        native_name: "Español",
        review: Review::Source,
        decimal_separator: ',',
        plural: PluralRule::OneForOne,
    },
    LocaleInfo {
        id: "en",
        native_name: "English",
        review: Review::Reviewed,
        decimal_separator: '.',
        plural: PluralRule::OneForOne,
    },
    LocaleInfo {
        id: "qu",
        native_name: "Runasimi",
        review: Review::Draft,
        decimal_separator: ',',
        plural: PluralRule::OneForOne,
    },
    LocaleInfo {
        id: "ay",
        native_name: "Aymar aru",
        review: Review::Draft,
        decimal_separator: ',',
        plural: PluralRule::OneForOne,
    },
];

/// One of the locales the widget ships: only [`available`], negotiation and
/// [`Locale::from_id`] make one, so a `Locale` always has its messages and its table row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(&'static str);

impl Locale {
    /// Spanish, the source locale.
    pub const SOURCE: Locale = Locale(SOURCE_LANG);

    /// The shipped locale with this id (`"qu"`), if any.
    pub fn from_id(id: &str) -> Option<Locale> {
        available().into_iter().find(|locale| locale.0 == id)
    }

    /// Its BCP 47 id, for `lang` attributes and the picker's values.
    pub fn id(self) -> &'static str {
        self.0
    }

    fn info(self) -> &'static LocaleInfo {
        LOCALES.iter().find(|info| info.id == self.0).unwrap_or(&LOCALES[0])
    }

    /// Its name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        self.info().native_name
    }

    /// Whether its text has been checked (see [`Review`]).
    pub fn review(self) -> Review {
        self.info().review
    }

    /// A decimal number written the way the language writes it. Message variables take
    /// only text and whole numbers, so the shell passes decimals already written.
    pub fn decimal(self, value: f64, fraction_digits: u32) -> String {
        let text = crate::geo::fixed_point(value, fraction_digits);
        match self.info().decimal_separator {
            '.' => text,
            separator => text.replace('.', &separator.to_string()),
        }
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<&str> for Locale {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// Language subtags that mean the same language as one of ours: the many Quechua and
/// Aymara codes that browsers may send.
const ALIASES: &[(&str, &str)] = &[
    ("que", "qu"),
    ("quz", "qu"),
    ("quy", "qu"),
    ("qub", "qu"),
    ("qud", "qu"),
    ("quf", "qu"),
    ("qug", "qu"),
    ("quh", "qu"),
    ("quk", "qu"),
    ("qul", "qu"),
    ("qup", "qu"),
    ("qur", "qu"),
    ("qus", "qu"),
    ("qvc", "qu"),
    ("qve", "qu"),
    ("qvi", "qu"),
    ("qvn", "qu"),
    ("qvz", "qu"),
    ("qxp", "qu"),
    ("aym", "ay"),
    ("ayr", "ay"),
    ("ayc", "ay"),
];

/// The language subtags read as one of ours (`quz` → `qu`), for the loader's copy of the
/// negotiation (held to this by `core/tests/loader_cases.rs`).
pub fn aliases() -> &'static [(&'static str, &'static str)] {
    ALIASES
}

/// Whether a locale's text has been checked, and so whether it may be offered everywhere.
/// Who reviewed each locale and when is recorded in `locales/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// The source language: every message is written and checked here first.
    Source,
    /// Reviewed; offered on every page.
    Reviewed,
    /// Not yet reviewed by a native speaker: offered only where the embed asks for drafts,
    /// and marked as a draft in the picker. Its files start with `# DRAFT`.
    Draft,
}

/// The locales a page may offer, in picker order: drafts only when the embed asks for them.
pub fn offered(drafts: bool) -> Vec<Locale> {
    available().into_iter().filter(|locale| drafts || locale.review() != Review::Draft).collect()
}

/// [`negotiate`] among `offered` only (see [`offered`]): a browser asking for a draft
/// that the page does not offer gets Spanish.
pub fn negotiate_among(page_lang: Option<&str>, browser_langs: &[String], offered: &[Locale]) -> Locale {
    page_lang
        .into_iter()
        .chain(browser_langs.iter().map(String::as_str))
        .filter_map(supported)
        .find(|locale| offered.contains(locale))
        .unwrap_or(Locale::SOURCE)
}

/// Every locale the widget ships, in picker order (source first): a folder under
/// `locales/` with a row in the locale table.
pub fn available() -> Vec<Locale> {
    let shipped = |id: &str| sources::SHIPPED.contains(&id);
    LOCALES.iter().filter(|info| shipped(info.id)).map(|info| Locale(info.id)).collect()
}

/// The locale we have for one language tag (`es-PE` → `es`), if any: a well-formed tag
/// (BCP 47 language, script, region and variants; no extensions) whose language subtag,
/// or the locale it is an alias of, is one we ship.
pub fn supported(tag: &str) -> Option<Locale> {
    let tag = tag.trim().replace('_', "-");
    if !is_language_tag(&tag) {
        return None;
    }
    let primary = tag.split('-').next()?.to_ascii_lowercase();
    let id = ALIASES.iter().find(|(alias, _)| *alias == primary).map_or(primary.as_str(), |(_, ours)| ours);
    Locale::from_id(id)
}

/// `language[-script][-region](-variant)*`, case-insensitive, as the loader's
/// `LANGUAGE_TAG` pattern (the loader-rules test holds the two together).
fn is_language_tag(tag: &str) -> bool {
    let letters = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let digits = |part: &str, length: usize| part.len() == length && part.bytes().all(|b| b.is_ascii_digit());
    let variant = |part: &str| {
        let alphanumeric = part.bytes().all(|b| b.is_ascii_alphanumeric());
        alphanumeric && ((5..=8).contains(&part.len()) || (part.len() == 4 && part.as_bytes()[0].is_ascii_digit()))
    };
    let mut parts = tag.split('-').peekable();
    let Some(language) = parts.next() else { return false };
    if !(letters(language, 2..=3) || letters(language, 5..=8)) {
        return false;
    }
    // An optional script, then an optional region.
    parts.next_if(|part| letters(part, 4..=4));
    parts.next_if(|part| letters(part, 2..=2) || digits(part, 3));
    parts.all(variant)
}

/// Picks the visitor's language: the page's `data-lang`, then the browser's
/// languages in order, then Spanish.
pub fn negotiate(page_lang: Option<&str>, browser_langs: &[String]) -> Locale {
    page_lang.into_iter().chain(browser_langs.iter().map(String::as_str)).find_map(supported).unwrap_or(Locale::SOURCE)
}

/// The locales a message is looked up in, most preferred first.
pub fn fallback_chain(lang: Locale) -> Vec<Locale> {
    let mut chain = vec![lang];
    if lang != Locale::SOURCE {
        chain.push(Locale::SOURCE);
    }
    chain
}

/// The raw `.ftl` files of one locale, as (file name, text), comments included: for the
/// tests, which check the files themselves. The widget carries only the compiled
/// catalogues.
#[cfg(feature = "test-support")]
pub fn locale_files(lang: Locale) -> &'static [(&'static str, &'static str)] {
    sources::SOURCES.iter().find(|(id, _)| *id == lang.id()).map(|(_, files)| *files).unwrap_or(&[])
}

/// The shared terms file: numbers and names that are never translated.
#[cfg(feature = "test-support")]
pub fn terms_source() -> &'static str {
    sources::TERMS
}

/// The text without Fluent's bidi isolation marks (U+2068, U+2069), which it puts around
/// every placeable: right in HTML, noise in plain text such as the copied summary.
pub fn without_isolation_marks(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Whether this build carries the locale's messages. The widget's wasm carries only
/// Spanish, the fallback of every chain; the others come as downloads
/// ([`read_download`]). Native builds (the tests, the prerender) carry them all.
pub fn is_built_in(lang: Locale) -> bool {
    sources::COMPILED.iter().any(|(id, _)| *id == lang.id())
}

/// How a downloaded catalogue, `messages-<lang>.txt`, starts: then its locale and a line
/// break. The loader tells the plain file from its gzip twin by these bytes, and
/// [`read_download`] refuses anything else (a server's error page, another locale's file).
pub const DOWNLOAD_HEADER: &str = "ruta-messages\t1\t";

/// The file a browser downloads for `lang`, where this build carries its messages.
pub fn download_file(lang: Locale) -> Option<String> {
    let (_, compiled) = sources::COMPILED.iter().find(|(id, _)| *id == lang.id())?;
    Some(format!("{DOWNLOAD_HEADER}{}\n{compiled}", lang.id()))
}

/// The catalogue in a downloaded file, if it is `lang`'s.
pub fn read_download(lang: Locale, text: &str) -> Option<&str> {
    let rest = text.strip_prefix(DOWNLOAD_HEADER)?;
    let (id, catalogue) = rest.split_once('\n')?;
    (id == lang.id() && !catalogue.is_empty()).then_some(catalogue)
}

/// The compiled messages of one locale, as the build wrote them (none where it is not
/// built in: its downloaded catalogue comes as an extra one).
fn catalogue(locale: Locale) -> Catalogue {
    let compiled = sources::COMPILED.iter().find(|(id, _)| *id == locale.id()).map_or("", |(_, text)| *text);
    Catalogue::new(compiled, locale.info().plural)
}

/// Formats messages for one visitor's language, falling back to Spanish per message.
pub struct Localizer {
    lang: Locale,
    /// Each locale of the chain with its catalogues: the widget's, then any extra ones.
    chain: Vec<(Locale, Vec<Catalogue>)>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish_non_exhaustive()
    }
}

impl Localizer {
    /// Builds the chain for `lang`: its messages, then Spanish's.
    pub fn new(lang: Locale) -> Self {
        Self::with_extra(lang, &[])
    }

    /// [`Localizer::new`] with more messages: `extra` holds (locale id, compiled
    /// catalogue) pairs added to that locale's messages. A page other than the widget (the
    /// configurator, `ruta/configurar.html`) brings its own texts this way, so the
    /// widget's wasm never carries them, and still falls back to Spanish per message.
    pub fn with_extra(lang: Locale, extra: &[(&str, &'static str)]) -> Self {
        let chain = fallback_chain(lang)
            .into_iter()
            .map(|locale| {
                let more = extra.iter().filter(|(id, _)| *id == locale.id());
                let catalogues = std::iter::once(catalogue(locale))
                    .chain(more.map(|(_, text)| Catalogue::new(text, locale.info().plural)));
                (locale, catalogues.collect())
            })
            .collect();
        Self { lang, chain }
    }

    /// The locale shown, for the widget root's `lang` attribute.
    pub fn lang(&self) -> Locale {
        self.lang
    }

    /// The message `key` with `args` in the first locale of the chain that has it.
    ///
    /// A key no locale has comes back as the key itself; the completeness test keeps
    /// that from ever reaching a user.
    pub fn format(&self, key: &str, args: &Args) -> String {
        self.chain
            .iter()
            .flat_map(|(_, catalogues)| catalogues)
            .find_map(|catalogue| catalogue.format(key, args))
            .unwrap_or_else(|| key.to_owned())
    }

    /// The locale that actually provides `key`, to tell fallbacks apart in tests and
    /// to mark fallback text with its own `lang`.
    pub fn source_of(&self, key: &str) -> Option<Locale> {
        self.chain.iter().find(|(_, catalogues)| catalogues.iter().any(|c| c.has(key))).map(|(locale, _)| *locale)
    }
}

// The completeness tests' inventory of messages: not part of the widget.
/// The message ids (not terms) defined in one locale.
#[cfg(feature = "test-support")]
pub fn message_ids(lang: Locale) -> std::collections::BTreeSet<String> {
    use fluent_syntax::ast::Entry;
    let mut ids = std::collections::BTreeSet::new();
    for (_, text) in locale_files(lang) {
        if let Ok(resource) = fluent_syntax::parser::parse(*text) {
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    ids.insert(message.id.name.to_owned());
                }
            }
        }
    }
    ids
}

/// How many of the source locale's messages `lang` translates.
#[cfg(feature = "test-support")]
pub fn coverage(lang: Locale) -> (usize, usize) {
    let source = message_ids(Locale::SOURCE);
    let translated = message_ids(lang).intersection(&source).count();
    (translated, source.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_a_review_status_and_drafts_say_so_in_every_file() {
        for lang in available() {
            let files = locale_files(lang);
            let marked = files.iter().all(|(_, text)| text.starts_with("# DRAFT"));
            let unmarked = files.iter().all(|(_, text)| !text.starts_with("# DRAFT"));
            assert!(marked || unmarked, "{lang}: either every file is marked as a draft or none is");
            assert_eq!(lang.review() == Review::Draft, marked, "{lang}: status in core and # DRAFT in the files agree");
        }
        assert_eq!(Locale::SOURCE.review(), Review::Source);
        assert_eq!(Locale::from_id("xx"), None, "an unknown locale is no locale at all");
    }

    #[test]
    fn drafts_are_offered_and_negotiated_only_when_the_embed_asks() {
        assert_eq!(offered(false), ["es", "en"]);
        assert_eq!(offered(true), available());
        let quechua = vec!["quz-PE".to_owned(), "es".to_owned()];
        assert_eq!(negotiate_among(None, &quechua, &offered(false)), "es");
        assert_eq!(negotiate_among(None, &quechua, &offered(true)), "qu");
        assert_eq!(negotiate_among(Some("ay"), &[], &offered(false)), "es", "data-lang cannot force a draft");
        assert_eq!(negotiate_among(Some("ay"), &[], &offered(true)), "ay");
        assert_eq!(negotiate_among(None, &["en-US".to_owned()], &offered(false)), "en");
    }

    #[test]
    fn spanish_comes_first_and_every_locale_has_a_native_name() {
        let ids = available();
        assert_eq!(ids.first(), Some(&Locale::SOURCE));
        assert!(ids.iter().any(|l| *l == "en"));
        for locale in ids {
            assert!(!locale.native_name().is_empty());
        }
        for (folder, _) in sources::SOURCES {
            assert!(LOCALES.iter().any(|info| info.id == *folder), "locales/{folder} has a row in the locale table");
        }
    }

    #[test]
    fn negotiation_prefers_the_page_then_the_browser_then_spanish() {
        let browser = vec!["en-US".to_owned(), "es".to_owned()];
        assert_eq!(negotiate(Some("es"), &browser), "es");
        assert_eq!(negotiate(None, &browser), "en");
        assert_eq!(negotiate(None, &["de-DE".to_owned(), "fr".to_owned()]), "es");
        assert_eq!(negotiate(None, &[]), "es");
        assert_eq!(negotiate(Some("xx"), &["de".to_owned(), "en-GB".to_owned()]), "en");
    }

    #[test]
    fn quechua_and_aymara_codes_are_recognised_once_those_locales_exist() {
        for (tag, ours) in [("quz-PE", "qu"), ("qu", "qu"), ("que", "qu"), ("ayr", "ay"), ("ay-BO", "ay")] {
            let expected = Locale::from_id(ours);
            assert_eq!(supported(tag), expected, "{tag}");
            // Until then such a visitor gets Spanish, the language Línea 100 also serves.
            assert_eq!(negotiate(Some(tag), &[]), expected.unwrap_or(Locale::SOURCE));
        }
    }

    #[test]
    fn every_chain_ends_in_spanish() {
        for id in available() {
            assert_eq!(fallback_chain(id).last(), Some(&Locale::SOURCE), "{id}");
            assert_eq!(fallback_chain(id).first(), Some(&id));
        }
        assert_eq!(fallback_chain(Locale::SOURCE), vec![Locale::SOURCE], "Spanish alone for Spanish");
    }

    #[test]
    fn fallback_is_per_message() {
        // A partial locale built from test text: one message translated, one not.
        let partial = compile::compile(&["shell-title = Yanapay\n"]).unwrap();
        let spanish = compile::compile(&["shell-title = Ayuda\nshell-other = Otro\n"]).unwrap();
        let quechua = Locale("qu");
        let leak = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
        let l = Localizer {
            lang: quechua,
            chain: vec![
                (quechua, vec![Catalogue::new(leak(partial), PluralRule::OneForOne)]),
                (Locale::SOURCE, vec![Catalogue::new(leak(spanish), PluralRule::OneForOne)]),
            ],
        };
        assert_eq!(l.format("shell-title", &[]), "Yanapay");
        assert_eq!(l.format("shell-other", &[]), "Otro");
        assert_eq!(l.format("no-such-key", &[]), "no-such-key");
        assert_eq!(l.source_of("shell-other"), Some(Locale::SOURCE));
    }

    #[test]
    fn language_tags_are_read_as_the_loader_reads_them() {
        for (tag, expected) in [
            ("es-PE", Some("es")),
            ("EN_us", Some("en")),
            ("en-Latn-US", Some("en")),
            ("es-419", Some("es")),
            ("quz-PE", Some("qu")),
            ("en-US-1996", Some("en")),
            ("en-US-u-ca-buddhist", None),
            ("e", None),
            ("en-", None),
            ("", None),
            ("de", None),
        ] {
            assert_eq!(supported(tag).map(Locale::id), expected, "{tag:?}");
        }
    }

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(Locale("es").decimal(1.46, 1), "1,5");
        assert_eq!(Locale("en").decimal(1.46, 1), "1.5");
        assert_eq!(Locale("qu").decimal(12.0, 1), "12,0");
    }

    #[test]
    fn extra_messages_join_their_locale_and_fall_back_to_spanish() {
        let leak = |text: &str| -> &'static str { Box::leak(compile::compile(&[text]).unwrap().into_boxed_str()) };
        let extra = [("es", leak("config-x = Hola\nconfig-y = Solo en español\n")), ("en", leak("config-x = Hello\n"))];
        let en = Locale("en");
        let english = Localizer::with_extra(en, &extra);
        assert_eq!(english.format("config-x", &[]), "Hello");
        assert_eq!(english.format("config-y", &[]), "Solo en español");
        assert_eq!(english.source_of("config-y"), Some(Locale::SOURCE));
        assert_eq!(english.format("shell-title", &[]), Localizer::new(en).format("shell-title", &[]));
        assert_eq!(Localizer::new(en).format("config-x", &[]), "config-x", "the widget never has them");
    }

    #[test]
    fn a_downloaded_catalogue_is_read_only_for_its_own_locale() {
        let english = Locale("en");
        let file = download_file(english).expect("native builds carry every locale");
        let catalogue = read_download(english, &file).expect("its own file is read");
        let leaked: &'static str = Box::leak(catalogue.to_owned().into_boxed_str());
        let from_download = Localizer::with_extra(english, &[("en", leaked)]);
        assert_eq!(from_download.format("shell-title", &[]), Localizer::new(english).format("shell-title", &[]));
        assert_eq!(read_download(Locale("qu"), &file), None, "another locale's file");
        assert_eq!(read_download(english, "<!doctype html><p>Not found</p>"), None, "a server's error page");
        assert_eq!(read_download(english, &format!("{DOWNLOAD_HEADER}en\n")), None, "an empty file");
        assert!(is_built_in(Locale::SOURCE));
    }

    #[test]
    fn an_unknown_language_gets_the_spanish_localizer() {
        assert_eq!(Localizer::new(negotiate(Some("zz"), &[])).lang(), Locale::SOURCE);
    }
}
