package io.claimtracker.intake;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the fetch guard refuses every range the adversarial review got through (shared address space, NAT64,
 * 6to4 and IPv4-compatible forms of loopback, benchmarking, the host's own addresses) and still allows the public
 * internet.
 */
class PublicAddressesTest {

    private final PublicAddresses fixed = PublicAddresses.fixedRangesOnly();

    @Test
    void rangesInsideANetworkAreRefused() throws Exception {
        for (String address : List.of("100.64.0.1", "100.100.100.200", "100.127.255.254", "198.18.0.1", "198.19.255.1",
                "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "192.0.0.170", "192.0.2.5", "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255",
                "::1", "::", "::127.0.0.1", "::7f00:1", "64:ff9b::7f00:1", "64:ff9b::808:808", "2002:7f00:1::1",
                "2002:a00:1::", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "fc00::1", "fd12:3456::1",
                "fe80::1", "fec0::1", "ff02::1", "100::1", "::ffff:0:7f00:1", "::ffff:0:a9fe:a9fe", "::ffff:0:808:808")) {
            assertThat(fixed.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void publicAddressesAreAllowedIncludingSixToFourWrappingAPublicOne() throws Exception {
        for (String address : List.of("8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "198.17.255.255",
                "198.20.0.1", "172.32.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e", "2002:808:808::1")) {
            assertThat(fixed.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void theHostsOwnInterfaceAddressesAreRefused() throws Exception {
        PublicAddresses withOwn = PublicAddresses.withOwnInterfaces();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress own : Collections.list(network.getInetAddresses())) {
                assertThat(withOwn.isPublic(own)).as(own.toString()).isFalse();
            }
        }
        assertThat(withOwn.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
    }
}
