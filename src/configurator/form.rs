//! The configurator's page: the form, the warnings, the preview and the two texts to copy.

use std::rc::Rc;

use ruta_core::contacts::ContactKind;
use ruta_core::l10n::Locale;
use ruta_core::l10n::{self as core_l10n, Localizer};
use ruta_core::locator::title_case;
use ruta_core::locator::Origin;
use ruta_core::snippet::{ContactInput, EmbedInput, CONTACT_KINDS, LOADER_SRC};
use ruta_core::state::{Action, AppState};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{Preview, CATALOGUES};
use crate::components::district_picker::district_picker;
use crate::components::providers;
use crate::hooks::{use_directory_loader, use_wipe_on_leave, DirectoryState};
use crate::l10n::L10n;
use crate::state::{Screen, Store};

#[derive(Properties, PartialEq, Clone)]
pub struct ConfiguratorProps {
    /// The configurator's language (see [`super::langs`]).
    pub lang: Locale,
}

/// One text field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Municipality,
    ExitUrl,
    PageUrl,
    Lang,
}

/// One text field of a contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactField {
    Kind,
    Name,
    Phone,
    Address,
    Lat,
    Lon,
    Hours,
}

const CONTACT_FIELDS: [(ContactField, &str, &str); 7] = [
    (ContactField::Kind, "kind", "config-contact-kind"),
    (ContactField::Name, "name", "config-contact-name"),
    (ContactField::Phone, "phone", "config-contact-phone"),
    (ContactField::Address, "address", "config-contact-address"),
    (ContactField::Lat, "lat", "config-contact-lat"),
    (ContactField::Lon, "lon", "config-contact-lon"),
    (ContactField::Hours, "hours", "config-contact-hours"),
];

/// What the webmaster typed (the district is the picker's, in its own store).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    pub input: EmbedInput,
    /// The address of the page that will hold the widget, for the same-page check only.
    pub page_url: String,
}

pub enum FormAction {
    Set(Field, String),
    SetDrafts(bool),
    SetContact(usize, ContactField, String),
    AddContact,
    RemoveContact(usize),
    /// Forget everything (the page is being left).
    Wipe,
}

impl Reducible for Form {
    type Action = FormAction;

    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FormAction::Set(Field::Municipality, value) => next.input.municipality = value,
            FormAction::Set(Field::ExitUrl, value) => next.input.exit_url = value,
            FormAction::Set(Field::PageUrl, value) => next.page_url = value,
            FormAction::Set(Field::Lang, value) => next.input.lang = value,
            FormAction::SetDrafts(on) => next.input.drafts = on,
            FormAction::SetContact(index, field, value) => {
                if let Some(contact) = next.input.contacts.get_mut(index) {
                    *contact_field(contact, field) = value;
                }
            }
            FormAction::AddContact => next.input.contacts.push(ContactInput::default()),
            FormAction::RemoveContact(index) => {
                if index < next.input.contacts.len() {
                    next.input.contacts.remove(index);
                }
            }
            FormAction::Wipe => next = Form::default(),
        }
        Rc::new(next)
    }
}

fn contact_field(contact: &mut ContactInput, field: ContactField) -> &mut String {
    match field {
        ContactField::Kind => &mut contact.kind,
        ContactField::Name => &mut contact.name,
        ContactField::Phone => &mut contact.phone,
        ContactField::Address => &mut contact.address,
        ContactField::Lat => &mut contact.lat,
        ContactField::Lon => &mut contact.lon,
        ContactField::Hours => &mut contact.hours,
    }
}

fn contact_value(contact: &ContactInput, field: ContactField) -> String {
    let mut copy = contact.clone();
    contact_field(&mut copy, field).clone()
}

/// The Fluent key naming a contact kind, as the widget's cards name it.
fn kind_key(value: &str) -> &'static str {
    match ContactKind::parse(value) {
        Some(ContactKind::Squad) => "locator-kind-squad",
        Some(ContactKind::Serenazgo) => "locator-kind-serenazgo",
        Some(ContactKind::WomenOffice) => "locator-kind-women-office",
        Some(ContactKind::Demuna) => "locator-kind-demuna",
        Some(ContactKind::Police) => "locator-kind-police",
        Some(ContactKind::Other) | None => "locator-kind-other",
    }
}

fn input_value(event: InputEvent) -> String {
    event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
}

fn select_value(event: Event) -> String {
    event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

/// Which copy button last reported, and how it went.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Snippet(bool),
    Page(bool),
}

#[component]
pub fn Configurator(props: &ConfiguratorProps) -> Html {
    let l10n = use_memo(props.lang, |lang| {
        L10n::from_localizer(Localizer::with_extra(*lang, &crate::l10n::extra_messages(CATALOGUES)))
    });
    let form = use_reducer(Form::default);
    // The picker's state is the locator's, changed by the locator's own actions.
    let picker = use_reducer(|| Store(AppState::new(props.lang)));
    // The webmaster picks a district at once: the directory is fetched as the page opens.
    let directory = use_directory_loader(Screen::Locator);
    let copied = use_state(|| None::<Copied>);
    let content = use_node_ref();
    {
        let (form, picker, copied) = (form.dispatcher(), picker.dispatcher(), copied.setter());
        use_wipe_on_leave(
            Callback::from(move |()| {
                form.dispatch(FormAction::Wipe);
                picker.dispatch(Action::Wipe);
                copied.set(None);
            }),
            content.clone(),
        );
    }

    let mut input = form.input.clone();
    let chosen = match picker.locator.origin {
        Some(Origin::District(ubigeo)) => Some(ubigeo),
        _ => None,
    };
    input.ubigeo = chosen.map(|u| u.code()).unwrap_or_default();
    let (config, warnings) = input.check(form.page_url.trim());
    let snippet = input.snippet(LOADER_SRC);
    let page = input.standalone_page();

    let view = html! {
        <div class="config" lang={l10n.lang().id()} ref={content} data-testid="configurator">
            <h1>{ l10n.text("config-title") }</h1>
            <p>{ l10n.text("config-intro") }</p>
            <p class="config-note">{ l10n.text("config-privacy") }</p>
            { settings_section(&l10n, &form) }
            <section aria-labelledby="config-district-heading" data-testid="config-district">
                <h2 id="config-district-heading">{ l10n.text("config-district-heading") }</h2>
                <p>{ l10n.text("config-district-intro") }</p>
                { district_section(&l10n, &directory.state, &picker, chosen) }
            </section>
            <section aria-labelledby="config-contacts-heading">
                <h2 id="config-contacts-heading">{ l10n.text("config-contacts-heading") }</h2>
                <p>{ l10n.text("config-contacts-intro") }</p>
                { for form.input.contacts.iter().enumerate().map(|(index, contact)| contact_fields(&l10n, &form, index, contact)) }
                <button type="button" class="config-button" data-testid="config-add-contact"
                    onclick={dispatch(form.dispatcher(), || FormAction::AddContact)}>
                    { l10n.text("config-contact-add") }
                </button>
            </section>
            { warnings_section(&l10n, &warnings) }
            <section aria-labelledby="config-preview-heading">
                <h2 id="config-preview-heading">{ l10n.text("config-preview-heading") }</h2>
                <p>{ l10n.text("config-preview-intro") }</p>
                <Preview config={config} />
            </section>
            { copy_section(&l10n, Output::Snippet, snippet, &copied) }
            { copy_section(&l10n, Output::Page, page, &copied) }
        </div>
    };
    providers(&l10n, directory.state, view)
}

/// The municipality, the exit URL, the host page's address, the language and drafts.
fn settings_section(l10n: &L10n, form: &UseReducerHandle<Form>) -> Html {
    let on_lang = {
        let form = form.dispatcher();
        Callback::from(move |event: Event| form.dispatch(FormAction::Set(Field::Lang, select_value(event))))
    };
    let on_drafts = {
        let form = form.dispatcher();
        Callback::from(move |event: Event| {
            let on = event.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
            form.dispatch(FormAction::SetDrafts(on));
        })
    };
    let text_field = |id: &str, label: &str, hint: &str, value: &str, field: Field| {
        let hint_id = format!("{id}-hint");
        let form = form.dispatcher();
        let oninput =
            Callback::from(move |event: InputEvent| form.dispatch(FormAction::Set(field, input_value(event))));
        html! {
            <div class="config-field">
                <label for={id.to_owned()}>{ l10n.text(label) }</label>
                <p id={hint_id.clone()} class="config-hint">{ l10n.text(hint) }</p>
                <input id={id.to_owned()} type="text" autocomplete="off" spellcheck="false" value={value.to_owned()}
                    aria-describedby={hint_id} data-testid={id.to_owned()} {oninput} />
            </div>
        }
    };
    html! {
        <section aria-labelledby="config-settings-heading">
            <h2 id="config-settings-heading">{ l10n.text("config-settings-heading") }</h2>
            { text_field("config-municipality", "config-municipality-label", "config-municipality-hint", &form.input.municipality, Field::Municipality) }
            { text_field("config-exit-url", "config-exit-label", "config-exit-hint", &form.input.exit_url, Field::ExitUrl) }
            { text_field("config-page-url", "config-page-label", "config-page-hint", &form.page_url, Field::PageUrl) }
            <div class="config-field">
                <label for="config-lang">{ l10n.text("config-lang-label") }</label>
                <select id="config-lang" data-testid="config-lang" onchange={on_lang}>
                    <option value="" selected={form.input.lang.is_empty()}>{ l10n.t("config-lang-browser") }</option>
                    for locale in core_l10n::offered(form.input.drafts) {
                        <option value={locale.id()} lang={locale.id()} selected={form.input.lang == locale.id()}>{ locale.native_name() }</option>
                    }
                </select>
            </div>
            <div class="config-check">
                <input id="config-drafts" type="checkbox" checked={form.input.drafts} onchange={on_drafts} data-testid="config-drafts" />
                <label for="config-drafts">{ l10n.text("config-drafts-label") }</label>
            </div>
        </section>
    }
}

/// The warnings the widget would log, each exactly as its console line.
fn warnings_section(l10n: &L10n, warnings: &[String]) -> Html {
    html! {
        <section aria-labelledby="config-warnings-heading">
            <h2 id="config-warnings-heading">{ l10n.text("config-warnings-heading") }</h2>
            <p data-testid="config-warnings-summary">
                if warnings.is_empty() {
                    { l10n.text("config-warnings-none") }
                } else {
                    { l10n.text_args("config-warnings-count", &[("count", warnings.len().into())]) }
                }
            </p>
            <ul class="config-warnings" data-testid="config-warnings">
                // Exactly the console line: the same words a webmaster will search for.
                for warning in warnings.iter() { <li><code lang="en">{ format!("Ruta: {warning}") }</code></li> }
            </ul>
        </section>
    }
}

/// The two texts the configurator writes.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    Snippet,
    Page,
}

/// One text to copy, with its heading, its box, its button and what the copy did.
fn copy_section(l10n: &L10n, output: Output, text: String, copied: &UseStateHandle<Option<Copied>>) -> Html {
    // The heading's key is also its id.
    let (name, [heading, intro, label, button], done): (&str, [&str; 4], fn(bool) -> Copied) = match output {
        Output::Snippet => (
            "snippet",
            ["config-snippet-heading", "config-snippet-intro", "config-snippet-label", "config-copy-snippet"],
            Copied::Snippet,
        ),
        Output::Page => (
            "page",
            ["config-standalone-heading", "config-standalone-intro", "config-standalone-label", "config-copy-page"],
            Copied::Page,
        ),
    };
    let copy = {
        let (copied, text) = (copied.setter(), text.clone());
        Callback::from(move |_: MouseEvent| copy_text(text.clone(), copied.clone(), done))
    };
    html! {
        <section aria-labelledby={heading}>
            <h2 id={heading}>{ l10n.text(heading) }</h2>
            <p>{ l10n.text(intro) }</p>
            <label for={format!("config-{name}")}>{ l10n.text(label) }</label>
            <textarea id={format!("config-{name}")} class="config-code" readonly=true rows="14" spellcheck="false"
                data-testid={format!("config-{name}")} value={text} onfocus={select_all()} />
            <button type="button" class="config-button" data-testid={format!("config-copy-{name}")} onclick={copy}>
                { l10n.text(button) }
            </button>
            <p role="status" class="config-status">{ copy_status(l10n, **copied, output == Output::Snippet) }</p>
        </section>
    }
}

/// The picker once the directory is here, the district chosen and a way to remove it.
fn district_section(
    l10n: &L10n,
    directory: &DirectoryState,
    picker: &UseReducerHandle<Store>,
    chosen: Option<ruta_core::config::Ubigeo>,
) -> Html {
    let directory = match directory {
        DirectoryState::Ready(directory) => *directory,
        DirectoryState::Failed => return html! { <p role="status">{ l10n.text("config-data-failed") }</p> },
        _ => return html! { <p role="status">{ l10n.text("config-data-loading") }</p> },
    };
    let on_action = {
        let dispatcher = picker.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let view = district_picker(l10n, directory, &picker.locator, None, &on_action);
    let status = match chosen {
        Some(ubigeo) => {
            let name = directory.district(ubigeo).map(|d| title_case(d.name)).unwrap_or_else(|| ubigeo.code());
            l10n.text_args("config-district-chosen", &[("district", name.into()), ("ubigeo", ubigeo.code().into())])
        }
        None => l10n.text("config-district-none"),
    };
    html! {
        <>
            <div class="ruta-locator">{ view }</div>
            <p role="status" data-testid="config-district-status">{ status }</p>
            if chosen.is_some() {
                <button type="button" class="config-button config-button--quiet" data-testid="config-clear-district"
                    onclick={dispatch(picker.dispatcher(), || Action::Wipe)}>
                    { l10n.text("config-district-clear") }
                </button>
            }
        </>
    }
}

/// One contact's fields, as a fieldset named "Contacto N".
fn contact_fields(l10n: &L10n, form: &UseReducerHandle<Form>, index: usize, contact: &ContactInput) -> Html {
    let position = index + 1;
    let field = |(field, name, label): (ContactField, &str, &str)| {
        let id = format!("config-contact-{position}-{name}");
        let value = contact_value(contact, field);
        let form = form.dispatcher();
        if field == ContactField::Kind {
            let onchange =
                Callback::from(move |e: Event| form.dispatch(FormAction::SetContact(index, field, select_value(e))));
            return html! {
                <div class="config-field">
                    <label for={id.clone()}>{ l10n.text(label) }</label>
                    <select id={id.clone()} data-testid={id} {onchange}>
                        <option value="" selected={value.is_empty()}>{ l10n.t("config-contact-kind-choose") }</option>
                        { for CONTACT_KINDS.iter().map(|kind| html! {
                            <option value={*kind} selected={value == *kind}>{ l10n.t(kind_key(kind)) }</option>
                        }) }
                    </select>
                </div>
            };
        }
        let oninput =
            Callback::from(move |e: InputEvent| form.dispatch(FormAction::SetContact(index, field, input_value(e))));
        let mode = matches!(field, ContactField::Lat | ContactField::Lon).then_some("decimal");
        let kind = if field == ContactField::Phone { "tel" } else { "text" };
        html! {
            <div class="config-field">
                <label for={id.clone()}>{ l10n.text(label) }</label>
                <input id={id.clone()} type={kind} inputmode={mode} autocomplete="off" spellcheck="false"
                    data-testid={id} {value} {oninput} />
            </div>
        }
    };
    html! {
        <fieldset class="config-contact" data-testid={format!("config-contact-{position}")}>
            <legend>{ l10n.text_args("config-contact-legend", &[("position", position.into())]) }</legend>
            { for CONTACT_FIELDS.iter().copied().map(field) }
            <button type="button" class="config-button config-button--quiet" data-testid={format!("config-remove-contact-{position}")}
                onclick={dispatch(form.dispatcher(), move || FormAction::RemoveContact(index))}>
                { l10n.text_args("config-contact-remove", &[("position", position.into())]) }
            </button>
        </fieldset>
    }
}

/// A click that sends one action.
fn dispatch<R: Reducible + 'static>(
    dispatcher: UseReducerDispatcher<R>,
    action: impl Fn() -> R::Action + 'static,
) -> Callback<MouseEvent> {
    Callback::from(move |_| dispatcher.dispatch(action()))
}

/// Selecting the whole text on focus, so one Ctrl+C copies it all.
fn select_all() -> Callback<FocusEvent> {
    Callback::from(|event: FocusEvent| {
        if let Some(area) = event.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
            area.select();
        }
    })
}

fn copy_status(l10n: &L10n, copied: Option<Copied>, snippet: bool) -> Html {
    match copied {
        Some(Copied::Snippet(ok)) if snippet => l10n.text(if ok { "config-copied" } else { "config-copy-failed" }),
        Some(Copied::Page(ok)) if !snippet => l10n.text(if ok { "config-copied" } else { "config-copy-failed" }),
        _ => Html::default(),
    }
}

/// Puts `text` in the clipboard, only when asked, and says whether the browser allowed it.
fn copy_text(text: String, copied: UseStateSetter<Option<Copied>>, done: fn(bool) -> Copied) {
    let promise = gloo_utils::window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        copied.set(Some(done(ok)));
    });
}
