package org.momentum.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/** Adds up the shuffle written by every finished task: the volume that crosses the network on a cluster. */
final class ShuffleMeter extends SparkListener {
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong records = new AtomicLong();

    static ShuffleMeter attach(SparkSession spark) {
        ShuffleMeter m = new ShuffleMeter();
        spark.sparkContext().addSparkListener(m);
        return m;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() == null) return;
        bytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        records.addAndGet(end.taskMetrics().shuffleWriteMetrics().recordsWritten());
    }

    long bytes() { return bytes.get(); }

    long records() { return records.get(); }
}
