package com.market25.devservices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every mail and keeps none, for the dispatch bench (100,000 campaign
 * mails would not fit in GreenMail's memory): it speaks just enough SMTP for Jakarta Mail (EHLO,
 * MAIL, RCPT, DATA, RSET, NOOP, QUIT), counts the mails it accepted and prints the count every few
 * seconds while it changes ({@code MARKET25-SMTP-SINK accepted=N}), so the bench can check that
 * the shop's count of mails sent is the number that arrived. Started with {@code --mail-sink}
 * instead of GreenMail's SMTP; never part of the application.
 */
final class SmtpSink {

    static final String LINE = "MARKET25-SMTP-SINK accepted=";

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-sink");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong accepted = new AtomicLong();
    private volatile boolean running = true;

    SmtpSink(String host, int port) throws IOException {
        server = new ServerSocket(port, 200, InetAddress.getByName(host));
    }

    void start() {
        Thread acceptor = new Thread(this::acceptLoop, "smtp-sink-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        Thread reporter = new Thread(this::reportLoop, "smtp-sink-report");
        reporter.setDaemon(true);
        reporter.start();
    }

    long accepted() {
        return accepted.get();
    }

    void stop() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        connections.shutdownNow();
        System.out.println(LINE + accepted.get());
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (running) {
                    System.err.println("SMTP sink: " + e);
                }
            }
        }
    }

    private void reportLoop() {
        long shown = -1;
        while (running) {
            long now = accepted.get();
            if (now != shown) {
                System.out.println(LINE + now);
                System.out.flush();
                shown = now;
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 market25 SMTP sink");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-market25 sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String body;
                        while ((body = in.readLine()) != null && !body.equals(".")) {
                            // the mail is read and dropped
                        }
                        if (body == null) {
                            return;
                        }
                        accepted.incrementAndGet();
                        reply(out, "250 OK kept nowhere");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not here");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
