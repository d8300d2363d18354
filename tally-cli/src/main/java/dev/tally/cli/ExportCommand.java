package dev.tally.cli;

import dev.tally.web.Csv;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code tally export}: the incidents as CSV with the columns and vocabularies of ACLED or UCDP GED
 * ({@link AcledExport}, {@link UcdpExport}), so they load into tools made for those data sets, plus
 * {@code tally_values}: whether the row uses analysts' reviewed values or only extracted ones
 * ({@code --values}); or as a GeoJSON FeatureCollection.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export incidents as CSV with ACLED or UCDP GED column names and vocabularies, or as GeoJSON.")
final class ExportCommand implements Callable<Integer> {
    enum Format { acled, ucdp, geojson }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--format", required = true, description = "Columns: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    ValuesOption values;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger l = ledger.openExisting()) {
            LedgerView view = new LedgerView(l, values.reviewed());
            List<IncidentRecord> incidents = view.incidents(Optional.empty(), Optional.empty(), Optional.empty());
            switch (format) {
                case acled -> AcledExport.write(new Csv(out), view, incidents, values.code());
                case ucdp -> UcdpExport.write(new Csv(out), view, incidents, values.code());
                case geojson -> out.println(new IncidentJson(view).geojson(incidents));
            }
        }
        out.flush();
        return Tally.OK;
    }
}
