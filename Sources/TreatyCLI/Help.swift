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
      corpus      Regression checks of the corpus and template search: check, add, similar, matrix.
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
    case "corpus":
      return """
        OVERVIEW: The corpus as a regression suite and a library of templates. Documents are listed in
        DIR/manifest.json; their reviewed outputs are DIR/expected/<file>.json (the tree) and <file>.model.json.

        USAGE: treaty corpus check [DIR] [--only <id>] [--update]
               treaty corpus add FILE [--corpus <dir>] [--notes <text>] [--title <text>]
               treaty corpus similar FILE [--corpus <dir>] [--format <format>] [--diff]
               treaty corpus matrix [DIR] [--format <format>] [--method <method>]

        SUBCOMMANDS:
          check                   Re-parse every document (in parallel) and compare the tree and the model with the
                                  expected files node by node; print what changed, then a summary line.
          add                     Copy FILE into the corpus, fill its manifest entry from the model, print its
                                  outline for review and write its expected files.
          similar                 Rank the corpus documents by the share of FILE's substance (articles, weighted by
                                  length and similarity) they share; detail the best few.
          matrix                  Pairwise similarity of the corpus's agreements, grouped into template families:
                                  the prefilter's candidates aligned in full, or, for a large corpus, every pair
                                  estimated from families of near-identical articles (see --method).

        ARGUMENTS:
          DIR                     The corpus directory (default: corpus).
          FILE                    A text or Markdown document.

        OPTIONS:
          --only <id>             check: only the document with this manifest id.
          --update                check: rewrite the expected files (after review) instead of failing.
          --corpus <dir>          add, similar: the corpus directory (default: corpus).
          --notes <text>          add: the layout quirks of the file, for the manifest.
          --title <text>          add: the title, where the model finds none.
          --format <format>       similar: text (default) or json (the ranked list: file, id, similarity 0–1);
                                  matrix: text (default), csv or json.
          --method <method>       matrix: aligned (exact, about 1.5 ms a candidate pair), estimated (every pair
                                  from article families; thousands of agreements in seconds) or auto (default:
                                  aligned up to 200 agreements, estimated above).
          --diff                  similar: also print the full diff against the best match.
          --no-color              similar --diff: no colour.
          -h, --help              Show help information.

        Exit codes: 0 success (check: every document passed), 1 check found differences, 2 usage or input error;
        files that the manifest does not list, and listed files that are missing, are input errors (2).

        """
    default:
      return nil
    }
  }
}
