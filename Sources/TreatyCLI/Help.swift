/// Help text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
enum Help {
  static let overview = """
    OVERVIEW: Read Russian-language legal texts into a lossless structure of provisions.

    USAGE: treaty <command> [<options>] FILE...

    COMMANDS:
      diff        Compare two agreements clause by clause, aligned by content (the main job).
      parse       The whole tree of provisions, as an outline or JSON.
      articles    The top-level provisions of each act: articles, or numbered points with their chapter.
      model       The substance: parties, competent bodies, data exchanged, terms, references, deadlines.
      help        Show help for a command.

    OPTIONS:
      --version   Show the version.
      -h, --help  Show help information.

    Exit codes: 0 success, 1 findings (where a command defines them), 2 usage or input error.
    See 'treaty help <command>' for a command's options.

    """

  private static let common = """
      --encoding <name>       Read FILE in this encoding instead of detecting it
                              (utf-8, utf-16le, utf-16be, windows-1251, koi8-r).
      --flavor <flavor>       Layout: auto (default), plain (PDF-extracted text) or markdown.
      -h, --help              Show help information.
    """

  static func command(_ name: String) -> String? {
    switch name {
    case "parse":
      return """
        OVERVIEW: Show the whole tree of provisions of FILE.

        USAGE: treaty parse [--format <format>] [--diagnostics <mode>] FILE

        ARGUMENTS:
          FILE                    A text, Markdown or PDF-extracted text file; '-' reads standard input.

        OPTIONS:
          --format <format>       outline (default), json or akn (Akoma Ntoso 3.0 XML).
          --diagnostics <mode>    text (default, to standard error), json (to standard output, after the tree)
                                  or none.
        \(common)

        """
    case "articles":
      return """
        OVERVIEW: List the top-level provisions of each act in FILE: its articles, or, where an act has none,
        its numbered points with their chapter.

        USAGE: treaty articles [--format <format>] FILE

        ARGUMENTS:
          FILE                    A text, Markdown or PDF-extracted text file; '-' reads standard input.

        OPTIONS:
          --format <format>       table (default), csv, json or md.
        \(common)

        """
    case "diff":
      return """
        OVERVIEW: Compare two documents clause by clause. Units are aligned by content, not by number: renumbered,
        moved, split, merged, inserted and deleted provisions are found, and each change of words is classified as
        editorial, counterparty substitution, consistent renumbering or substantive.

        USAGE: treaty diff [<options>] LEFT RIGHT

        ARGUMENTS:
          LEFT, RIGHT             The two documents ('-' reads standard input for one of them).

        OPTIONS:
          --format <format>       text (default), json (schema version 1, described in the README), html (a
                                  self-contained redline page) or md (the substantive changes for tickets and wikis).
          -o, --output <file>     Write to a file instead of standard output.
          --level <level>         article (provisions only), point (and their parts) or word (and the changed words,
                                  the default).
          --only-substantive      Show only units and words that changed in substance.
          --context <n>           Words of context before each change (default 4).
          --no-color              No colour (also when NO_COLOR is set; colour is only used on a terminal).
          --left-node <id>        Compare only this node of LEFT (an id from 'treaty parse', e.g. att_1__art_1).
          --right-node <id>       Compare only this node of RIGHT.
        \(common)

        Exit codes: 0 identical in substance, 1 the documents differ in substance, 2 usage or input error.

        """
    case "model":
      return """
        OVERVIEW: Show the structural model of FILE: document facts, parties, competent bodies per party,
        data categories, defined terms, cross-references, durations and deadlines, cited acts, clause types.

        USAGE: treaty model [--format <format>] FILE

        ARGUMENTS:
          FILE                    A text, Markdown or PDF-extracted text file; '-' reads standard input.

        OPTIONS:
          --format <format>       text (default) or json (schema version 1, described in the README).
        \(common)

        """
    default:
      return nil
    }
  }
}
