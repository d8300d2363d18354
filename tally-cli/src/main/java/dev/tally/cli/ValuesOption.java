package dev.tally.cli;

import picocli.CommandLine.Option;

/** The {@code --values} option of the commands that list or export incidents: reviewed or extracted values. */
final class ValuesOption {
    enum Values { reviewed, extracted }

    @Option(names = "--values", defaultValue = "reviewed",
            description = "reviewed: analysts' figures, dates, places, merges and splits where there are any (default); extracted: only what was extracted. "
                    + "The output says which (a 'values' field or column).")
    Values values;

    boolean reviewed() {
        return values == Values.reviewed;
    }

    String code() {
        return values.name();
    }
}
