package dev.marketingops.stack;

import java.util.List;

/** The {@code --demo} mode: seeds a sample company and keeps simulated marketing and survey tools busy. */
final class DemoTraffic {

    private final SimulatedAdPlatform adPlatform;
    private final List<ServiceProcess> services;
    private final StackFiles files;
    private Thread adThread;

    DemoTraffic(List<ServiceProcess> services, StackFiles files, String bootstrapServers) {
        this.services = services;
        this.files = files;
        this.adPlatform = new SimulatedAdPlatform(bootstrapServers);
    }

    void start() {
        adThread = new Thread(adPlatform, "demo-ad-platform");
        adThread.setDaemon(true);
        adThread.start();
        System.out.println("Demo traffic: a simulated ad platform streams activity for every active campaign.");
    }

    void stop() {
        adPlatform.stop();
    }
}
