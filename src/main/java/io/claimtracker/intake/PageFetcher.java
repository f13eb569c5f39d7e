package io.claimtracker.intake;

import io.claimtracker.common.TrackerConfig;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;

/** The service's page fetcher: a {@link PageClient} with the configured deadline, size and address policy. */
@ApplicationScoped
public class PageFetcher {

    @Inject
    TrackerConfig config;

    @Inject
    Vertx vertx;

    private volatile PageClient client;

    public PageClient.Page fetch(String address) {
        return client().fetch(address);
    }

    private PageClient client() {
        PageClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = new PageClient(vertx, new PageClient.Policy(config.intake().fetchTimeout(),
                            config.intake().maxFetchBytes(), config.intake().allowPrivateAddresses()),
                            InetAddress::getAllByName, PublicAddresses.withOwnInterfaces());
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
