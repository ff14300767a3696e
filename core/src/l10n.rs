//! Languages: which ones the widget has, which one a visitor gets, and message formatting.
//!
//! Spanish (`es`) is the source locale. Every other locale falls back to Spanish *per
//! message*: a Quechua screen with one untranslated sentence shows that one sentence in
//! Spanish and everything else in Quechua.

use std::collections::BTreeSet;

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::{FluentArgs, FluentValue};

mod sources {
    include!(concat!(env!("OUT_DIR"), "/locale_sources.rs"));
}

/// The source locale, and the last link of every fallback chain.
pub const SOURCE_LANG: &str = "es";

/// Native names for the language picker. A locale folder needs an entry here to be offered.
const NATIVE_NAMES: &[(&str, &str)] = &[("es", "Español"), ("en", "English"), ("qu", "Runasimi"), ("ay", "Aymar aru")];

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

/// The review status of each locale; a locale missing here is a draft.
const REVIEWS: &[(&str, Review)] =
    &[("es", Review::Source), ("en", Review::Reviewed), ("qu", Review::Draft), ("ay", Review::Draft)];

/// The review status of a locale.
pub fn review(id: &str) -> Review {
    REVIEWS.iter().find(|(l, _)| *l == id).map_or(Review::Draft, |(_, r)| *r)
}

/// The locales a page may offer, in picker order: drafts only when the embed asks for them.
pub fn offered_ids(drafts: bool) -> Vec<&'static str> {
    available_ids().into_iter().filter(|id| drafts || review(id) != Review::Draft).collect()
}

/// [`negotiate`] among `offered` only (see [`offered_ids`]): a browser asking for a draft
/// that the page does not offer gets Spanish.
pub fn negotiate_among(page_lang: Option<&str>, browser_langs: &[String], offered: &[&str]) -> &'static str {
    page_lang
        .into_iter()
        .chain(browser_langs.iter().map(String::as_str))
        .filter_map(supported)
        .find(|id| offered.contains(id))
        .unwrap_or(SOURCE_LANG)
}

/// Every locale the widget ships, in picker order (source first).
pub fn available_ids() -> Vec<&'static str> {
    let shipped = |id: &str| sources::SOURCES.iter().any(|(source, _)| *source == id);
    let others = NATIVE_NAMES.iter().map(|(id, _)| *id).filter(|id| *id != SOURCE_LANG);
    std::iter::once(SOURCE_LANG).chain(others).filter(|id| shipped(id)).collect()
}

/// The name of a language in that language, for the picker.
pub fn native_name(id: &str) -> Option<&'static str> {
    NATIVE_NAMES.iter().find(|(n, _)| *n == id).map(|(_, name)| *name)
}

fn to_langid(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim().replace('_', "-");
    let mut id: LanguageIdentifier = tag.parse().ok()?;
    let primary = id.language.as_str().to_owned();
    if let Some((_, ours)) = ALIASES.iter().find(|(alias, _)| *alias == primary) {
        id.language = ours.parse().ok()?;
    }
    Some(id)
}

/// The locale we have for one language tag (`es-PE` → `es`), if any.
pub fn supported(tag: &str) -> Option<&'static str> {
    let requested = [to_langid(tag)?];
    let available: Vec<LanguageIdentifier> = available_ids().iter().filter_map(|id| id.parse().ok()).collect();
    let matched = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    let found = matched.first()?.to_string();
    available_ids().into_iter().find(|id| *id == found)
}

/// Picks the visitor's language: the page's `data-lang`, then the browser's
/// languages in order, then Spanish.
pub fn negotiate(page_lang: Option<&str>, browser_langs: &[String]) -> &'static str {
    page_lang.into_iter().chain(browser_langs.iter().map(String::as_str)).find_map(supported).unwrap_or(SOURCE_LANG)
}

/// The locales a message is looked up in, most preferred first.
pub fn fallback_chain(lang: &str) -> Vec<&'static str> {
    let mut chain: Vec<&'static str> = available_ids().into_iter().filter(|id| *id == lang).collect();
    if lang != SOURCE_LANG {
        chain.push(SOURCE_LANG);
    }
    chain
}

/// The raw `.ftl` files of one locale, as (file name, text).
pub fn locale_files(lang: &str) -> &'static [(&'static str, &'static str)] {
    sources::SOURCES.iter().find(|(id, _)| *id == lang).map(|(_, files)| *files).unwrap_or(&[])
}

/// The shared terms file: numbers and names that are never translated.
pub fn terms_source() -> &'static str {
    sources::TERMS
}

/// A decimal number written the way the language writes it: `1,5` in Spanish (and in
/// Quechua and Aymara, read in Peru), `1.5` in English. Fluent's NUMBER has no locale
/// data in this build, so the shell passes numbers already written.
pub fn decimal(value: f64, fraction_digits: usize, lang: &str) -> String {
    let text = format!("{value:.fraction_digits$}");
    if lang == "en" {
        text
    } else {
        text.replace('.', ",")
    }
}

/// Formats messages for one visitor's language, falling back to Spanish per message.
pub struct Localizer {
    lang: &'static str,
    /// The locale of each bundle, in the same order.
    chain: Vec<&'static str>,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish_non_exhaustive()
    }
}

impl Localizer {
    /// Builds the chain for `lang` (an id from [`available_ids`]; anything else gets Spanish).
    pub fn new(lang: &str) -> Self {
        let chain = fallback_chain(lang);
        let lang = chain.first().copied().unwrap_or(SOURCE_LANG);
        let bundles = chain
            .iter()
            .map(|id| {
                let files = locale_files(id).iter().map(|(_, text)| *text);
                build_bundle(id, std::iter::once(terms_source()).chain(files))
            })
            .collect();
        Self { lang, chain, bundles }
    }

    /// [`Localizer::new`] with more messages: `extra` holds (locale id, `.ftl` text) pairs
    /// added to that locale's bundle. A page other than the widget (the configurator,
    /// `ruta/configurar.html`) brings its own texts this way, so the widget's wasm never
    /// carries them, and still falls back to Spanish per message.
    pub fn with_extra(lang: &str, extra: &[(&str, &'static str)]) -> Self {
        let chain = fallback_chain(lang);
        let lang = chain.first().copied().unwrap_or(SOURCE_LANG);
        let bundles = chain
            .iter()
            .map(|id| {
                let files = locale_files(id).iter().map(|(_, text)| *text);
                let more = extra.iter().filter(|(extra_id, _)| extra_id == id).map(|(_, text)| *text);
                build_bundle(id, std::iter::once(terms_source()).chain(files).chain(more))
            })
            .collect();
        Self { lang, chain, bundles }
    }

    /// The locale shown, for the widget root's `lang` attribute.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// The message `key` in the first locale of the chain that has it.
    ///
    /// A key no locale has comes back as the key itself; the completeness test keeps
    /// that from ever reaching a user.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        self.bundles
            .iter()
            .find_map(|bundle| {
                let pattern = bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| key.to_owned())
    }

    /// The locale that actually provides `key`, to tell fallbacks apart in tests and
    /// to mark fallback text with its own `lang`.
    pub fn source_of(&self, key: &str) -> Option<&'static str> {
        self.bundles.iter().zip(&self.chain).find(|(b, _)| b.has_message(key)).map(|(_, id)| *id)
    }
}

/// Builds a bundle; the sources are trusted build inputs whose parse errors are caught
/// by the completeness test, so a broken entry is skipped rather than taking down the widget.
fn build_bundle<'a>(lang: &str, texts: impl Iterator<Item = &'a str>) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    for text in texts {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message ids (not terms) defined in one locale.
pub fn message_ids(lang: &str) -> BTreeSet<String> {
    use fluent_syntax::ast::Entry;
    let mut ids = BTreeSet::new();
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
pub fn coverage(lang: &str) -> (usize, usize) {
    let source = message_ids(SOURCE_LANG);
    let translated = message_ids(lang).intersection(&source).count();
    (translated, source.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_a_review_status_and_drafts_say_so_in_every_file() {
        for lang in available_ids() {
            let files = locale_files(lang);
            let marked = files.iter().all(|(_, text)| text.starts_with("# DRAFT"));
            let unmarked = files.iter().all(|(_, text)| !text.starts_with("# DRAFT"));
            assert!(marked || unmarked, "{lang}: either every file is marked as a draft or none is");
            assert_eq!(review(lang) == Review::Draft, marked, "{lang}: status in core and # DRAFT in the files agree");
        }
        assert_eq!(review(SOURCE_LANG), Review::Source);
        assert_eq!(review("xx"), Review::Draft, "an unknown locale is never presented as reviewed");
    }

    #[test]
    fn drafts_are_offered_and_negotiated_only_when_the_embed_asks() {
        assert_eq!(offered_ids(false), ["es", "en"]);
        assert_eq!(offered_ids(true), available_ids());
        let quechua = vec!["quz-PE".to_owned(), "es".to_owned()];
        assert_eq!(negotiate_among(None, &quechua, &offered_ids(false)), "es");
        assert_eq!(negotiate_among(None, &quechua, &offered_ids(true)), "qu");
        assert_eq!(negotiate_among(Some("ay"), &[], &offered_ids(false)), "es", "data-lang cannot force a draft");
        assert_eq!(negotiate_among(Some("ay"), &[], &offered_ids(true)), "ay");
        assert_eq!(negotiate_among(None, &["en-US".to_owned()], &offered_ids(false)), "en");
    }

    #[test]
    fn spanish_comes_first_and_every_locale_has_a_native_name() {
        let ids = available_ids();
        assert_eq!(ids.first(), Some(&"es"));
        assert!(ids.contains(&"en"));
        for id in ids {
            assert!(native_name(id).is_some());
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
            let expected = available_ids().contains(&ours).then_some(ours);
            assert_eq!(supported(tag), expected, "{tag}");
            // Until then such a visitor gets Spanish, the language Línea 100 also serves.
            assert_eq!(negotiate(Some(tag), &[]), expected.unwrap_or("es"));
        }
    }

    #[test]
    fn every_chain_ends_in_spanish() {
        for id in available_ids() {
            assert_eq!(fallback_chain(id).last(), Some(&"es"), "{id}");
            assert_eq!(fallback_chain(id).first(), Some(&id));
        }
        assert_eq!(fallback_chain("zz"), vec!["es"], "an unknown id falls back to Spanish alone");
    }

    #[test]
    fn fallback_is_per_message() {
        // A partial locale built from test text: one message translated, one not.
        let partial = build_bundle("qu", [terms_source(), "shell-title = Yanapay\n"].into_iter());
        let spanish = build_bundle("es", [terms_source(), "shell-title = Ayuda\nshell-other = Otro\n"].into_iter());
        let l = Localizer { lang: "qu", chain: vec!["qu", "es"], bundles: vec![partial, spanish] };
        assert_eq!(l.format("shell-title", None), "Yanapay");
        assert_eq!(l.format("shell-other", None), "Otro");
        assert_eq!(l.format("no-such-key", None), "no-such-key");
    }

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(decimal(1.46, 1, "es"), "1,5");
        assert_eq!(decimal(1.46, 1, "en"), "1.5");
        assert_eq!(decimal(12.0, 1, "qu"), "12,0");
    }

    #[test]
    fn extra_messages_join_their_locale_and_fall_back_to_spanish() {
        let extra = [("es", "config-x = Hola\nconfig-y = Solo en español\n"), ("en", "config-x = Hello\n")];
        let english = Localizer::with_extra("en", &extra);
        assert_eq!(english.format("config-x", None), "Hello");
        assert_eq!(english.format("config-y", None), "Solo en español");
        assert_eq!(english.source_of("config-y"), Some("es"));
        assert_eq!(english.format("shell-title", None), Localizer::new("en").format("shell-title", None));
        assert_eq!(Localizer::new("en").format("config-x", None), "config-x", "the widget never has them");
    }

    #[test]
    fn unknown_language_gets_the_spanish_localizer() {
        assert_eq!(Localizer::new("zz").lang(), "es");
    }
}
