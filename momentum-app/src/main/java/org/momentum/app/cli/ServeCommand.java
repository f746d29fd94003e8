package org.momentum.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.momentum.app.indicators.IndicatorState;
import org.momentum.app.web.Server;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum serve}: the API and the dashboard. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the API (/api) and the dashboard until stopped.")
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Mixin ServeOptions listen;

    @Override
    public Integer call() throws InterruptedException {
        Database store = db.open();
        serve(store, new IndicatorState(ReferenceData.shipped()), listen.host, listen.port, spec);
        return 0;
    }

    static void serve(Database store, IndicatorState indicators, String host, int port, CommandSpec spec) throws InterruptedException {
        var app = new Server(store, ReferenceData.shipped(), indicators).start(host, port);
        String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        spec.commandLine().getOut().printf("Momentum serving on http://%s:%d/ (Ctrl-C stops)%n", shown, app.port());
        spec.commandLine().getOut().flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            store.close();
            stop.countDown();
        }));
        stop.await();
    }
}
