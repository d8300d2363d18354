package dev.tally.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables' schemas. {@link #CLAIM} has the fields of the claim format (docs/CLAIMS.md) in the order
 * {@code tally extract} writes them, so a claim row written as JSON reads as that command's line.
 */
final class Schemas {
    private static final StructType DATE = struct(field("text", StringType), field("start", DateType), field("end", DateType));
    private static final StructType PLACE = struct(field("text", StringType), field("name", StringType), field("country", StringType),
            field("lat", DoubleType), field("lon", DoubleType), field("precision", StringType));
    private static final StructType ACTOR = struct(field("perpetrator", StringType), field("means", StringType));

    static final StructType CLAIM = struct(
            field("doc", StringType), field("id", StringType), field("kind", StringType), field("outcome", StringType),
            field("victims", StringType), field("subgroup", StringType),
            field("count", struct(field("phrase", StringType), field("min", LongType), field("max", LongType))),
            field("date", DATE), field("place", PLACE), field("actor", ACTOR),
            field("claimant", StringType), field("sentence", StringType), field("incident", StringType),
            field("evidence", struct(field("start", IntegerType), field("end", IntegerType))),
            field("provenance", StringType), field("basis", createMapType(StringType, StringType)));

    private static final StructType REF = struct(field("doc", StringType), field("id", StringType));

    static final StructType INCIDENT = struct(
            field("key", StringType), field("date", DATE), field("place", PLACE), field("actor", ACTOR),
            field("claims", createArrayType(REF)),
            field("figures", createArrayType(struct(field("outcome", StringType), field("victims", StringType),
                    field("min", LongType), field("max", LongType), field("claims", createArrayType(REF))))),
            field("contradictions", createArrayType(struct(field("claims", createArrayType(REF)), field("text", StringType)))));

    private Schemas() {
    }

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return createStructType(List.of(fields));
    }
}
