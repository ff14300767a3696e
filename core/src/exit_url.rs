//! Where quick exit goes: the `data-exit-url` a webmaster wrote, checked for its shape
//! ([`valid_shape`]) and then resolved against the page the widget is on ([`resolve`]).
//!
//! Two rules matter for her safety:
//! - a path (`/clima.html`) is resolved against the page's *origin*, never against the
//!   document's base URL: a `<base href>` on the host page (from the CMS, or injected)
//!   would otherwise send the exit to another site;
//! - an exit that leads back to the same document is refused. `/` on a home page that
//!   holds the widget would reload the widget's page, and `/#noticias` would only move to
//!   a fragment, leaving her on a blank page at the municipal URL.
//!
//! The loader (`static/ruta-embed.js`) applies the same rules before the wasm arrives;
//! `e2e/fixtures/core-cases.json`, written from this module by a test, holds it to them.

/// Accepts `http(s)://host[:port][/…]` and same-site paths (`/…`, not `//…`).
///
/// Anything else is refused, above all `javascript:` and `data:` URLs: the exit link is
/// the one thing on the page that must always do exactly what it says. Characters that
/// browsers strip or re-interpret inside URLs (tabs, newlines, backslashes, quotes) are
/// refused rather than cleaned, so what is checked is exactly what is followed.
pub fn valid_shape(raw: &str) -> Option<&str> {
    let url = raw.trim();
    let safe_chars = |s: &str| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
    };
    if !safe_chars(url) {
        return None;
    }
    if url.starts_with('/') {
        return (!url.starts_with("//")).then_some(url);
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && !host.ends_with('-')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then_some(url)
}

/// Why a well-formed exit URL cannot be used on this page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// It leads to the document the widget is on (perhaps with another fragment), so
    /// following it would not leave the page.
    SameDocument,
}

/// Resolves a URL that passed [`valid_shape`] against the page's own address
/// (`location.href`), and refuses one that would not leave the document.
///
/// A path takes the page's origin; an absolute URL is kept as written. A page that is
/// not http(s) (a local file, say) has no origin to compare with: the URL is kept.
pub fn resolve(exit: &str, page_href: &str) -> Result<String, Refusal> {
    let Some(page) = Parts::of(page_href) else { return Ok(exit.to_owned()) };
    let absolute = if exit.starts_with('/') { format!("{}{exit}", page.origin) } else { exit.to_owned() };
    match Parts::of(&absolute) {
        Some(target) if target.same_document(&page) => Err(Refusal::SameDocument),
        _ => Ok(absolute),
    }
}

/// An http(s) URL cut into what decides "the same document": origin, path and query.
/// The fragment never does.
#[derive(Debug, PartialEq)]
struct Parts<'a> {
    /// `scheme://host[:port]`, lower case, without the scheme's default port.
    origin: String,
    path: &'a str,
    query: &'a str,
}

impl<'a> Parts<'a> {
    fn of(url: &'a str) -> Option<Self> {
        let (scheme, rest) = url.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        let default_port = match scheme.as_str() {
            "https" => ":443",
            "http" => ":80",
            _ => return None,
        };
        let without_fragment = rest.split('#').next().unwrap_or("");
        let (before_query, query) = without_fragment.split_once('?').unwrap_or((without_fragment, ""));
        let authority_end = before_query.find('/').unwrap_or(before_query.len());
        let (authority, path) = before_query.split_at(authority_end);
        let authority = authority.to_ascii_lowercase();
        let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
        Some(Parts { origin: format!("{scheme}://{authority}"), path, query })
    }

    fn same_document(&self, other: &Parts) -> bool {
        self.origin == other.origin
            && self.query == other.query
            && document_path(self.path) == document_path(other.path)
    }
}

/// The path as a server usually maps it to a document: dot segments removed, and a
/// folder's index page the same as the folder (`/index.html` is `/`).
fn document_path(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    let ends_in_folder = path.is_empty() || path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    let mut normal = String::from("/");
    normal.push_str(&segments.join("/"));
    if ends_in_folder && !normal.ends_with('/') {
        normal.push('/');
    }
    for index in ["index.html", "index.htm", "index.php"] {
        if let Some(folder) = normal.strip_suffix(index).filter(|f| f.ends_with('/')) {
            return folder.to_owned();
        }
    }
    normal
}

/// Cases for the loader's copy of these rules, written to `e2e/fixtures/core-cases.json`
/// by the `core_cases_fixture` test: (data-exit-url, page href, what quick exit uses, or
/// `None` when the default is used instead).
pub fn fixture_cases() -> Vec<(&'static str, &'static str, Option<String>)> {
    const PAGES: [&str; 3] = [
        "https://muni.example.gob.pe/",
        "https://muni.example.gob.pe/ayuda/violencia?x=1#top",
        "http://127.0.0.1:8080/",
    ];
    const EXITS: [&str; 34] = [
        "/clima.html",
        "/",
        "/#noticias",
        "/index.html",
        "/./",
        "/ayuda/violencia?x=1",
        "/ayuda/violencia?x=1#otra",
        "/ayuda/violencia",
        "/ayuda/../ayuda/violencia?x=1",
        "/ayuda/violencia/",
        "https://muni.example.gob.pe/",
        "https://MUNI.example.gob.pe:443/#x",
        "http://muni.example.gob.pe/",
        "https://www.senamhi.gob.pe/",
        "http://127.0.0.1:8080/",
        "http://127.0.0.1:8080/clima.html",
        "http://127.0.0.1/",
        "https://news.example.org/#top",
        "  /clima.html  ",
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,hola",
        "//evil.example.org/",
        "/\\evil.example.org",
        "ftp://example.org/",
        "https://",
        "https://exa mple.org/",
        "https://user@example.org/",
        "https://example.org:99999999/",
        "https://-bad.example.org/",
        "clima.html",
        "/cl\u{ed}ma.html",
        "/clima\n.html",
        "",
    ];
    let mut cases = Vec::new();
    for page in PAGES {
        for exit in EXITS {
            let used = valid_shape(exit).and_then(|shape| resolve(shape, page).ok());
            cases.push((exit, page, used));
        }
    }
    cases
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://muni.example.gob.pe/servicios/violencia?lang=es#ayuda";

    #[test]
    fn a_path_takes_the_pages_origin_whatever_the_base_url() {
        assert_eq!(resolve("/clima.html", PAGE).unwrap(), "https://muni.example.gob.pe/clima.html");
        assert_eq!(resolve("/clima.html", "http://127.0.0.1:8080/").unwrap(), "http://127.0.0.1:8080/clima.html");
    }

    #[test]
    fn an_absolute_url_is_kept_as_written() {
        assert_eq!(resolve("https://Example.ORG", PAGE).unwrap(), "https://Example.ORG");
        assert_eq!(resolve("https://muni.example.gob.pe/", PAGE).unwrap(), "https://muni.example.gob.pe/");
    }

    #[test]
    fn the_same_document_is_refused_with_or_without_a_fragment() {
        for same in [
            "/servicios/violencia?lang=es",
            "/servicios/violencia?lang=es#noticias",
            "/servicios/./violencia?lang=es",
            "/servicios/x/../violencia?lang=es",
            "https://MUNI.example.gob.pe:443/servicios/violencia?lang=es#top",
        ] {
            assert_eq!(resolve(same, PAGE), Err(Refusal::SameDocument), "{same}");
        }
        for home in ["/", "/#noticias", "/index.html", "/./", "https://muni.example.gob.pe"] {
            assert_eq!(resolve(home, "https://muni.example.gob.pe/"), Err(Refusal::SameDocument), "{home}");
            assert_eq!(resolve(home, "https://muni.example.gob.pe/index.html#x"), Err(Refusal::SameDocument), "{home}");
        }
    }

    #[test]
    fn another_path_query_scheme_or_port_is_another_document() {
        for other in [
            "/servicios/violencia",
            "/servicios/violencia?lang=en",
            "/servicios/violencia/",
            "/clima.html",
            "http://muni.example.gob.pe/servicios/violencia?lang=es",
            "https://muni.example.gob.pe:8443/servicios/violencia?lang=es",
        ] {
            assert!(resolve(other, PAGE).is_ok(), "{other}");
        }
    }

    #[test]
    fn a_page_that_is_not_http_keeps_the_url() {
        assert_eq!(resolve("/clima.html", "file:///home/ruta/index.html").unwrap(), "/clima.html");
    }

    #[test]
    fn the_shape_check_refuses_schemes_tricks_and_hosts() {
        for bad in ["javascript:alert(1)", "//evil.example", "/\\evil", "https://user@x.org/", "https://x.org:/", ""] {
            assert_eq!(valid_shape(bad), None, "{bad:?}");
        }
        assert_eq!(valid_shape("  /clima.html "), Some("/clima.html"));
    }

    #[test]
    fn the_fixture_covers_each_outcome() {
        let cases = fixture_cases();
        assert!(cases.iter().any(|(_, _, used)| used.is_none()));
        assert!(cases.iter().any(|(exit, _, used)| exit.starts_with('/') && used.is_some()));
        assert!(cases.iter().any(|(exit, page, used)| *exit == "/" && page.ends_with(".pe/") && used.is_none()));
    }
}
