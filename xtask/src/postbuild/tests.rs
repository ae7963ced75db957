//! The post-build over a small made-up site, and over a real release build where one exists.

use super::*;

const PAGE: &str = "<html lang=\"en\"><head><meta charset=\"utf-8\" />\n<meta name=\"crossroads-base\" content=\"%PUBLIC_URL%\" />\
    <link rel=\"manifest\" href=\"%PUBLIC_URL%manifest.webmanifest\" />\
    <script type=\"module\">boot()</script><script src=\"/x.js\"></script></head><body></body></html>";
const SW: &str =
    "const VERSION = '__CROSSROADS_VERSION__';\nconst FILES = ['__CROSSROADS_FILES__'];\nconst LANGUAGES = ['__CROSSROADS_LANGUAGES__'];\n";

fn site(name: &str) -> PathBuf {
    let dir = env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("icons")).unwrap();
    fs::write(dir.join("index.html"), PAGE).unwrap();
    fs::write(dir.join("sw.js"), SW).unwrap();
    fs::write(dir.join("app.wasm"), [0u8, 1, 2]).unwrap();
    fs::write(dir.join("icons/icon.svg"), "<svg/>").unwrap();
    dir
}

#[test]
fn comments_and_blank_lines_are_dropped_and_the_rest_kept() {
    let page = "<head>\n    <!-- a note\n  on two lines -->\n<meta a />\n\n  <script>x()</script><!--b--></head>";
    assert_eq!(
        without_comments(page),
        "<head>\n<meta a />\n  <script>x()</script></head>"
    );
    // The empty comments Leptos uses as markers are not `<!-- -->` comments.
    assert_eq!(without_comments("<ul><!></ul>"), "<ul><!></ul>");
    assert_eq!(without_comments("a<!-- unclosed"), "a");
}

#[test]
fn release_build_minifies_styles_and_scripts_and_rehashes_them() {
    let dir = site("minify");
    let css = "main-1.css";
    fs::write(dir.join(css), "body {\n    color : red ;\n}\n").unwrap();
    fs::write(
        dir.join("app-1.js"),
        "export function  start ( ) {\n  return 1 + 2 ;\n}\n",
    )
    .unwrap();
    let page = format!(
        "<link rel=\"stylesheet\" href=\"/{css}\" integrity=\"sha384-old\"/>\
         <link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-old\">\
         <link rel=\"icon\" href=\"/icon.svg\" integrity=\"sha384-keep\"/>"
    );
    let page = minified(&dir, &page).unwrap();
    let min = fs::read(dir.join(css)).unwrap();
    assert_eq!(String::from_utf8_lossy(&min).trim(), "body{color:red}");
    assert!(
        page.contains(&format!(
            "integrity=\"sha384-{}\"",
            base64(&Sha384::digest(&min))
        )),
        "{page}"
    );
    let js = fs::read_to_string(dir.join("app-1.js")).unwrap();
    assert!(js.len() < 40 && js.contains("export"), "{js}");
    let js_digest = base64(&Sha384::digest(js.as_bytes()));
    assert!(
        page.contains(&format!(
            "crossorigin=\"anonymous\" integrity=\"sha384-{js_digest}\""
        )),
        "{page}"
    );
    assert!(
        page.contains("integrity=\"sha384-keep\""),
        "other files keep theirs: {page}"
    );
    // The worker template is stamped later and never minified here.
    assert_eq!(fs::read_to_string(dir.join("sw.js")).unwrap(), SW);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn base64_matches_known_vectors() {
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foo"), "Zm9v");
    assert_eq!(base64(b"foobar"), "Zm9vYmFy");
}

#[test]
fn release_build_gets_a_policy_hashing_only_inline_scripts() {
    let dir = site("release");
    finish(&dir, "/crossroads/", true, false).unwrap();
    let page = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("content=\"/crossroads/\""));
    assert!(!page.contains(PLACEHOLDER));
    let hash = base64(&Sha256::digest(b"boot()"));
    assert!(page.contains(&format!("'sha256-{hash}'")), "{page}");
    // The root's own first script, which follows a remembered language, is allowed too.
    let follow = follow_script("/crossroads/");
    assert!(
        page.contains(&format!("<script>{follow}</script>")),
        "{page}"
    );
    assert!(follow.contains(crossroads_core::store::LANGUAGE_KEY));
    assert!(follow.contains("[\"es\",\"/crossroads/es/\"]"), "{follow}");
    assert_eq!(
        page.matches("'sha256-").count(),
        2,
        "the src= script needs no hash"
    );
    // The not-found pages have their own first scripts, each allowed there alone: the
    // root's sends an address of another language on to that language's not-found page,
    // which puts the address back.
    let missing = missing_script("/crossroads/");
    assert!(missing.contains("[\"/crossroads/es/\"]"), "{missing}");
    let allows = |path: &str| {
        let page = fs::read_to_string(dir.join(path)).unwrap();
        [follow.as_str(), &missing, RESTORE_SCRIPT].map(|script| {
            let runs = page.contains(&format!("<script>{script}</script>"));
            assert_eq!(runs, page.contains(&script_hash(script)), "{path}");
            runs
        })
    };
    assert_eq!(allows("index.html"), [true, false, false]);
    assert_eq!(allows("404.html"), [false, true, false]);
    assert_eq!(allows("es/index.html"), [false, false, false]);
    assert_eq!(allows("es/404.html"), [false, false, true]);
    assert!(page.contains("base-uri 'none'") && page.contains("object-src 'none'"));
    assert!(!page.contains("'unsafe-inline'") && !page.contains("'unsafe-eval'"));
    assert!(page.find("Content-Security-Policy") < page.find("<script"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn development_build_has_no_policy() {
    let dir = site("dev");
    finish(&dir, "/", false, false).unwrap();
    let page = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(!page.contains("Content-Security-Policy"));
    assert!(page.contains("content=\"/\""));
    fs::remove_dir_all(&dir).unwrap();
}

/// A page without the scripts one page alone runs first (the root's, which follows a
/// remembered language, and the not-found pages') and their hashes in its policy.
fn without_first_scripts(page: String, base: &str) -> String {
    [
        follow_script(base),
        missing_script(base),
        RESTORE_SCRIPT.into(),
    ]
    .iter()
    .fold(page, |page, script| {
        page.replace(&format!("\n    <script>{script}</script>"), "")
            .replace(&format!(" {}", script_hash(script)), "")
    })
}

#[test]
fn every_route_and_404_get_the_page_and_the_worker_lists_every_file() {
    let dir = site("routes");
    finish(&dir, "/", true, false).unwrap();
    let page = without_first_scripts(fs::read_to_string(dir.join("index.html")).unwrap(), "/");
    for route in Route::all().iter().map(Route::folder) {
        assert_eq!(
            without_first_scripts(
                fs::read_to_string(dir.join(&route).join("index.html")).unwrap(),
                "/"
            ),
            page,
            "{route}"
        );
    }
    assert_eq!(
        without_first_scripts(fs::read_to_string(dir.join("404.html")).unwrap(), "/"),
        page
    );
    let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
    for file in [
        "'index.html'",
        "'404.html'",
        "'app.wasm'",
        "'icons/icon.svg'",
        "'roles/civil-engineer/index.html'",
    ] {
        assert!(sw.contains(file), "{file} missing from {sw}");
    }
    assert!(!sw.contains("'sw.js'") && !sw.contains("__CROSSROADS"));
    // The content's long text is written beside the app and precached with it.
    for (i, (name, _)) in prose::PROSE_FILES.iter().enumerate() {
        assert!(
            sw.contains(&format!("'{name}'")),
            "{name} missing from {sw}"
        );
        assert_eq!(
            fs::read_to_string(dir.join(name)).unwrap(),
            prose::file_text(prose::LANGUAGES[i]).unwrap()
        );
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_language_gets_its_own_copy_of_every_page() {
    let dir = site("languages");
    fs::write(
        dir.join(MANIFEST),
        "{\"name\": \"__NAME__\", \"description\": \"__DESCRIPTION__\", \"scope\": \"./\", \"icons\": [{\"src\": \"icons/a.png\"}]}",
    )
    .unwrap();
    finish(&dir, "/crossroads/", true, false).unwrap();
    let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
    assert!(!sw.contains("__CROSSROADS"), "{sw}");
    for (i, code) in prose::LANGUAGES.iter().enumerate() {
        let home = language_dir(&dir, i);
        let page = without_first_scripts(
            fs::read_to_string(home.join("index.html")).unwrap(),
            "/crossroads/",
        );
        // Only the site's root follows a remembered language.
        assert_eq!(
            page.len() < fs::metadata(home.join("index.html")).unwrap().len() as usize,
            i == 0
        );
        assert!(page.contains(&format!("<html lang=\"{code}\"")), "{page}");
        let words = crossroads_core::json::Value::String(prose::words_text(code).unwrap().into())
            .to_pretty()
            .replace('<', "\\u003c");
        assert!(page.contains(&words), "{code} carries its own words");
        for route in Route::all() {
            let copy = home.join(route.folder()).join("index.html");
            assert_eq!(
                without_first_scripts(fs::read_to_string(&copy).unwrap(), "/crossroads/"),
                page,
                "{}",
                copy.display()
            );
        }
        assert_eq!(
            without_first_scripts(
                fs::read_to_string(home.join("404.html")).unwrap(),
                "/crossroads/"
            ),
            page
        );
        let manifest = fs::read_to_string(home.join(MANIFEST)).unwrap();
        assert!(!manifest.contains("__"), "{manifest}");
        in_language(code, || {
            assert!(
                manifest.contains(crossroads_words::manifest().0),
                "{manifest}"
            );
        })
        .unwrap();
        if i > 0 {
            assert!(sw.contains(&format!("'{code}/404.html'")), "{sw}");
            assert!(sw.contains(&format!("const LANGUAGES = ['{code}'")), "{sw}");
            assert!(page.contains(&format!("href=\"/crossroads/{code}/{MANIFEST}\"")));
            assert!(manifest.contains("\"scope\": \"../\"") && manifest.contains("../icons/a.png"));
        }
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_worker_version_follows_the_content() {
    let version = |wasm: &[u8]| {
        let dir = site("version");
        fs::write(dir.join("app.wasm"), wasm).unwrap();
        finish(&dir, "/", true, false).unwrap();
        let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        sw.lines().next().unwrap().to_string()
    };
    assert_eq!(version(b"a"), version(b"a"));
    assert_ne!(version(b"a"), version(b"b"));
}

#[test]
fn missing_shell_is_a_clear_error() {
    let dir = env::temp_dir().join(format!("xtask-empty-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let err = finish(&dir, "/", true, false).unwrap_err();
    assert!(err.contains("index.html"), "{err}");
    fs::remove_dir_all(&dir).unwrap();
}
