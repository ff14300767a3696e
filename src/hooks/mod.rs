mod use_actions;
mod use_directory;
mod use_directory_loader;
mod use_exit_shortcut;
mod use_focus_on_change;
mod use_l10n;
mod use_wipe_on_leave;

pub use use_actions::use_actions;
pub use use_directory::{use_directory, DirectoryState, UseDirectoryHandle};
pub use use_directory_loader::{use_directory_loader, UseDirectoryLoaderHandle};
pub use use_exit_shortcut::{use_exit_shortcut, ShortcutAnnouncement, UseExitShortcutHandle};
pub use use_focus_on_change::use_focus_on_change;
pub use use_l10n::use_l10n;
pub use use_wipe_on_leave::use_wipe_on_leave;
