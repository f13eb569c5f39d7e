package io.claimtracker.common.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.util.UUID;

/** This process's name among the instances sharing the database: its host and a random part, new at every start. */
@ApplicationScoped
public class InstanceName {

    private final String name = host() + "-" + UUID.randomUUID().toString().substring(0, 8);

    public String get() {
        return name;
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 60 ? host.substring(0, 60) : host;
        } catch (java.io.IOException e) {
            return "instance";
        }
    }
}
