//! The test suites guard their own kind of defect: a test that cannot fail. What a reader
//! cannot see in one file is checked here over all of them: nothing narrows or skips a run,
//! and no property quietly returns before its assertion (such a property goes through the
//! domain tests' `counted`, which floors how often its rule is reached).

mod walk;

use walk::files;

#[test]
fn nothing_narrows_or_skips_a_run() {
    let js = [
        files("tests/e2e", &[".ts"]),
        files("tests/engines", &[".mjs"]),
    ]
    .concat();
    let rust = [
        files("core/tests", &[".rs"]),
        files("words/tests", &[".rs"]),
        files("src", &[".rs"]),
    ]
    .concat();
    assert!(
        js.len() >= 10 && rust.len() >= 10,
        "the suites were not found"
    );
    for (name, text) in &js {
        for narrowing in [
            "test.only(",
            "describe.only(",
            "it.only(",
            "test.skip(",
            "describe.skip(",
            "it.skip(",
            "it.todo(",
            ".fixme(",
            "only: true",
            "skip: true",
        ] {
            assert!(!text.contains(narrowing), "{name}: {narrowing}");
        }
    }
    for (name, text) in &rust {
        assert!(!text.contains("#[ignore"), "{name}: #[ignore]");
    }
}

#[test]
fn no_property_returns_before_its_assertion() {
    let rust = [
        files("core/tests", &[".rs"]),
        files("words/tests", &[".rs"]),
    ]
    .concat();
    let mut properties = 0;
    for (name, text) in &rust {
        // Each `proptest!` block, up to the next one or the end of the file.
        for block in text.split("proptest! {").skip(1) {
            properties += block.matches("#[test]").count();
            for early in ["return Ok(())", "prop_assume!", "else { continue }"] {
                assert!(
                    !block.contains(early),
                    "{name}: a proptest! property with `{early}` can pass without testing \
                     anything; count what reaches the rule with `common::counted`"
                );
            }
        }
    }
    println!("{properties} proptest! properties with no early return");
    // The files that still use the macro (link.rs and store.rs) were read.
    assert!(properties >= 2, "no proptest! property was found to check");
}
