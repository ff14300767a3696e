//! Reads and formats the compiled messages of one locale (written at build time by
//! [`compile`](super) from the `.ftl` files; the format is described there).

use std::borrow::Cow;

use super::markers::{END, GROUP, KEY_END, RECORD, SELECT, SELECT_END, VAR, VARIANT};

/// A value for a message variable: text, or a whole number (which a select may read by
/// its plural category, as Fluent does).
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Value<'_> {
    fn from(text: String) -> Self {
        Value::Text(Cow::Owned(text))
    }
}

macro_rules! number_values {
    ($($t:ty),*) => {$(
        impl From<$t> for Value<'_> {
            fn from(number: $t) -> Self {
                Value::Number(number as i64)
            }
        }
    )*};
}
number_values!(u8, u16, u32, usize, i32, i64);

/// A message's variables, by name.
pub type Args<'a> = [(&'a str, Value<'a>)];

/// How a locale's whole numbers fall into Fluent's plural categories, as Fluent's plural
/// rules (CLDR) decide for the locales shipped; `core/tests/catalogue_matches_fluent.rs`
/// checks it on numbers of every category. A locale with other categories (`few`,
/// `many`) needs its own rule here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRule {
    /// `one` for 1, `other` for every other whole number: Spanish, English, Quechua and
    /// Aymara, as far as our messages' keys (`[one]`, `*[other]`) can tell.
    OneForOne,
}

impl PluralRule {
    fn category(self, number: i64) -> Option<&'static str> {
        match self {
            PluralRule::OneForOne if number == 1 => Some("one"),
            PluralRule::OneForOne => Some("other"),
        }
    }
}

/// One locale's messages, sorted by key.
#[derive(Debug, Clone)]
pub struct Catalogue {
    entries: Vec<(&'static str, &'static str)>,
    plural: PluralRule,
}

impl Catalogue {
    /// Reads a compiled catalogue. A malformed entry (never written by the compiler) is
    /// skipped rather than taking down the widget.
    pub fn new(compiled: &'static str, plural: PluralRule) -> Self {
        // The compiler writes the keys in order (a test holds it to that), so lookups
        // can search them without sorting at start-up.
        let entries = compiled.split(GROUP).filter_map(|entry| entry.split_once(RECORD)).collect();
        Self { entries, plural }
    }

    /// Whether it has the message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.pattern(key).is_some()
    }

    fn pattern(&self, key: &str) -> Option<&'static str> {
        self.entries.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| self.entries[i].1)
    }

    /// The message `key` with `args`, or `None` where this locale does not have it.
    pub fn format(&self, key: &str, args: &Args) -> Option<String> {
        let pattern = self.pattern(key)?;
        let mut out = String::with_capacity(pattern.len());
        self.write(&mut out, pattern, args);
        Some(out)
    }

    /// Writes a pattern (or a variant's), returning what follows it: the rest after the
    /// variant it ends, for the select that holds it.
    fn write<'p>(&self, out: &mut String, mut pattern: &'p str, args: &Args) -> &'p str {
        loop {
            let Some(at) = pattern.find([VAR, SELECT, VARIANT, SELECT_END]) else {
                out.push_str(pattern);
                return "";
            };
            out.push_str(&pattern[..at]);
            let marker = pattern[at..].chars().next().unwrap_or(END);
            let rest = &pattern[at + marker.len_utf8()..];
            match marker {
                VAR => {
                    let (name, after) = rest.split_once(END).unwrap_or((rest, ""));
                    match lookup(args, name) {
                        Some(Value::Text(text)) => out.push_str(text),
                        Some(Value::Number(number)) => out.push_str(&number.to_string()),
                        // As Fluent writes a missing variable.
                        None => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    pattern = after;
                }
                SELECT => {
                    let (name, variants) = rest.split_once(END).unwrap_or((rest, ""));
                    pattern = self.write_select(out, name, variants, args);
                }
                // The end of a variant, or of the select: the caller goes on from here.
                _ => return &pattern[at..],
            }
        }
    }

    /// Writes the chosen variant of a select; returns what follows the select.
    fn write_select<'p>(&self, out: &mut String, name: &str, mut variants: &'p str, args: &Args) -> &'p str {
        let selector = lookup(args, name);
        let mut chosen: Option<&'p str> = None;
        let mut default: Option<&'p str> = None;
        // Each variant's key, then its pattern, which is skipped (nested selects included)
        // to reach the next.
        while let Some(rest) = variants.strip_prefix(VARIANT) {
            let (key, body) = rest.split_once(KEY_END).unwrap_or((rest, ""));
            let (key, is_default) = match key.strip_prefix('*') {
                Some(key) => (key, true),
                None => (key, false),
            };
            if is_default {
                default = Some(body);
            }
            if chosen.is_none() && self.matches(key, selector) {
                chosen = Some(body);
            }
            variants = skip_pattern(body);
        }
        let after = variants.strip_prefix(SELECT_END).unwrap_or(variants);
        if let Some(body) = chosen.or(default) {
            self.write(out, body, args);
        }
        after
    }

    /// Fluent's rule: a text selector matches an equal key; a number matches its own
    /// numeric key, or its plural category.
    fn matches(&self, key: &str, selector: Option<&Value>) -> bool {
        match (selector, key.strip_prefix('#')) {
            (Some(Value::Text(text)), None) => text == key,
            (Some(Value::Number(number)), Some(digits)) => digits.parse() == Ok(*number),
            (Some(Value::Number(number)), None) => self.plural.category(*number) == Some(key),
            _ => false,
        }
    }
}

fn lookup<'v, 'a>(args: &'v Args<'a>, name: &str) -> Option<&'v Value<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, value)| value)
}

/// What follows a variant's pattern: its nested selects are stepped over whole.
fn skip_pattern(mut pattern: &str) -> &str {
    let mut depth = 0usize;
    loop {
        let Some(at) = pattern.find([SELECT, VARIANT, SELECT_END]) else { return "" };
        let marker = pattern[at..].chars().next().unwrap_or(END);
        match marker {
            SELECT => depth += 1,
            SELECT_END if depth > 0 => depth -= 1,
            VARIANT if depth > 0 => {}
            _ => return &pattern[at..],
        }
        pattern = &pattern[at + 1..];
    }
}
