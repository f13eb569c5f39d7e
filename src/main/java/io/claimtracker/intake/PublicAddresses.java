package io.claimtracker.intake;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells addresses on the public internet from those inside a network: loopback, private, shared (carrier NAT,
 * cloud metadata), link-local, benchmarking, documentation, multicast and reserved ranges, IPv6 forms that wrap an
 * IPv4 address (compatible, mapped, translated, NAT64, 6to4, Teredo), and the addresses of this host's own interfaces.
 */
public final class PublicAddresses {

    private static final List<Range> BLOCKED = List.of(
            Range.of("0.0.0.0/8"), Range.of("10.0.0.0/8"), Range.of("100.64.0.0/10"), Range.of("127.0.0.0/8"),
            Range.of("169.254.0.0/16"), Range.of("172.16.0.0/12"), Range.of("192.0.0.0/24"),
            Range.of("192.0.2.0/24"), Range.of("192.88.99.0/24"), Range.of("192.168.0.0/16"),
            Range.of("198.18.0.0/15"), Range.of("198.51.100.0/24"), Range.of("203.0.113.0/24"),
            Range.of("224.0.0.0/4"), Range.of("240.0.0.0/4"),
            Range.of("::/96"), Range.of("::ffff:0:0:0/96"), Range.of("64:ff9b::/96"), Range.of("64:ff9b:1::/48"),
            Range.of("100::/64"), Range.of("2001::/32"), Range.of("2001:2::/48"), Range.of("2001:10::/28"),
            Range.of("2001:20::/28"), Range.of("2001:db8::/32"), Range.of("3fff::/20"), Range.of("5f00::/16"),
            Range.of("fc00::/7"), Range.of("fe80::/10"), Range.of("fec0::/10"), Range.of("ff00::/8"));
    private static final Range SIX_TO_FOUR = Range.of("2002::/16");

    private final Set<InetAddress> own;

    private PublicAddresses(Set<InetAddress> own) {
        this.own = own;
    }

    /** A policy that also refuses every address of this host's network interfaces, read now. */
    public static PublicAddresses withOwnInterfaces() {
        Set<InetAddress> own = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                own.addAll(Collections.list(network.getInetAddresses()));
            }
        } catch (SocketException e) {
            return new PublicAddresses(Set.of());
        }
        return new PublicAddresses(Set.copyOf(own));
    }

    /** A policy that knows no addresses of its own host beyond the fixed ranges. */
    public static PublicAddresses fixedRangesOnly() {
        return new PublicAddresses(Set.of());
    }

    public boolean isPublic(InetAddress address) {
        if (own.contains(address)) {
            return false;
        }
        for (Range range : BLOCKED) {
            if (range.contains(address)) {
                return false;
            }
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address && isMapped(raw)) {
            return isPublic(ipv4(raw[12], raw[13], raw[14], raw[15]));
        }
        if (SIX_TO_FOUR.contains(address)) {
            byte[] bytes = address.getAddress();
            return isPublic(ipv4(bytes[2], bytes[3], bytes[4], bytes[5]));
        }
        return true;
    }

    private static boolean isMapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One CIDR block. */
    private record Range(byte[] prefix, int bits) {

        static Range of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                return new Range(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
                        Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
