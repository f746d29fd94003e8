package org.momentum.spark;

import org.apache.spark.sql.SparkSession;

/** One small local[2] session for the tests: no UI, few shuffle partitions, little memory. */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start() {
        return SparkSession.builder().appName("momentum-spark tests").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
