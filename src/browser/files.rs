//! Getting data in and out of the page: clipboard, downloads and chosen files.

use crossroads_core::failure::{FileError, MAX_IMPORT_BYTES};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard; `false` when the browser refuses (the caller then shows the
/// text to copy by hand).
pub async fn copy_text(text: &str) -> bool {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = leptos::prelude::document();
    let done = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        })
        .is_some();
    _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// The input an event came from.
pub fn input_of(ev: &leptos::ev::Event) -> Option<web_sys::HtmlInputElement> {
    ev.target().and_then(|t| t.dyn_into().ok())
}

/// The text of the file chosen in the file input `ev` came from, which is then emptied so the
/// same file can be chosen again; `None` when the event came from no input.
pub async fn take_chosen(ev: &leptos::ev::Event) -> Option<Result<String, FileError>> {
    let input = input_of(ev)?;
    let text = read_chosen(&input).await;
    input.set_value("");
    Some(text)
}

/// The text of the first file chosen in a file input.
async fn read_chosen(input: &web_sys::HtmlInputElement) -> Result<String, FileError> {
    let file = input
        .files()
        .and_then(|f| f.get(0))
        .ok_or(FileError::NoneChosen)?;
    if file.size() > MAX_IMPORT_BYTES {
        return Err(FileError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    text.as_string().ok_or(FileError::Unreadable)
}

/// The text of a file of this site at `path` (already under the deployment base).
pub async fn fetch_text(path: &str) -> Result<String, FileError> {
    let failed = || FileError::DownloadFailed;
    let response: web_sys::Response =
        JsFuture::from(leptos::prelude::window().fetch_with_str(path))
            .await
            .map_err(|_| failed())?
            .dyn_into()
            .map_err(|_| failed())?;
    if !response.ok() {
        return Err(failed());
    }
    let text = JsFuture::from(response.text().map_err(|_| failed())?)
        .await
        .map_err(|_| failed())?;
    text.as_string().ok_or(FileError::DownloadFailed)
}
