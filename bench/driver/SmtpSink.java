import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A local SMTP server for the mail benchmark (GreenMail, in its own process): accepts every
 * message and keeps it in memory until stopped. Usage: SmtpSink PORT
 */
public class SmtpSink {

  public static void main(String[] args) throws InterruptedException {
    GreenMail server =
        new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    System.out.println("SMTP on 127.0.0.1:" + args[0]);
    Thread.currentThread().join();
  }
}
