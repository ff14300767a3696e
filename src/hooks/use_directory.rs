use ruta_core::directory::Directory;
use yew::prelude::*;

/// Where the service directory is: it is fetched the first time it is needed.
#[derive(Clone, Copy, Debug, Default)]
pub enum DirectoryState {
    #[default]
    NotLoaded,
    Loading,
    Ready(&'static Directory<'static>),
    /// The file could not be fetched or did not validate.
    Failed,
}

impl PartialEq for DirectoryState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (DirectoryState::Ready(a), DirectoryState::Ready(b)) => std::ptr::eq(*a, *b),
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

/// The directory for the locator and the about-the-data screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UseDirectoryHandle(DirectoryState);

impl UseDirectoryHandle {
    /// The directory, once it has arrived.
    pub fn ready(&self) -> Option<&'static Directory<'static>> {
        match self.0 {
            DirectoryState::Ready(directory) => Some(directory),
            _ => None,
        }
    }

    /// Whether it could not be loaded, so the screen says so and offers Línea 100.
    pub fn failed(&self) -> bool {
        self.0 == DirectoryState::Failed
    }
}

/// The service directory, provided by the `App` root.
///
/// # Example
/// ```no_run
/// use yew::prelude::*;
/// use ruta::hooks::use_directory;
///
/// #[component]
/// fn Count() -> Html {
///     let directory = use_directory();
///     html! { <span>{ directory.ready().map(|d| d.services().len()).unwrap_or(0) }</span> }
/// }
/// ```
#[hook]
pub fn use_directory() -> UseDirectoryHandle {
    UseDirectoryHandle(use_context::<DirectoryState>().unwrap_or_default())
}
