package fr.guichet.store.postgres;

import fr.guichet.store.StoreLocation;
import java.util.Properties;

/** The driver properties every connection to the server uses. */
final class PostgresConnections {
  /** Seconds to wait for the server before saying it does not answer. */
  static final int CONNECT_TIMEOUT_SECONDS = 5;
  /** Seconds a socket read may block (a server gone mid-query is noticed within this). */
  static final int SOCKET_TIMEOUT_SECONDS = 30;

  private PostgresConnections() {}

  static Properties properties(StoreLocation.Postgres location) {
    Properties props = new Properties();
    if (location.user() != null) {
      props.setProperty("user", location.user());
    }
    String password = PasswordFile.read(location.passwordFile());
    if (password != null) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    props.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    props.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
    props.setProperty("tcpKeepAlive", "true");
    props.setProperty("ApplicationName", "guichet");
    return props;
  }
}
