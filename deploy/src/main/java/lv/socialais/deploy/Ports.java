package lv.socialais.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Tells, before anything is started, whether the ports the product needs are free. */
final class Ports {

    private Ports() {}

    static void requireFree(int port, String setting, boolean loopbackOnly) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            InetAddress address = loopbackOnly ? InetAddress.getLoopbackAddress() : null;
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new StartupFailure("port " + port + " is already in use; set " + setting + " to a free port");
        }
    }
}
