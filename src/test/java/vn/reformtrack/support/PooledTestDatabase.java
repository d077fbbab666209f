package vn.reformtrack.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The test context's database through the application's own connection pool. zonky hands the context a plain
 * {@code PGSimpleDataSource}: every transaction would open a new PostgreSQL connection (a server process, a
 * handshake, the driver's type cache), which made the suite's start-up data take four times as long as the
 * application's and every request pay for connections production never opens. The pool gets the application's
 * settings ({@code spring.datasource.hikari}: size, time limits, the statement timeout), so tests run on the
 * connections a server has. Runs before {@link StatementCounter}, which then counts through the pool.
 */
public class PooledTestDatabase implements BeanPostProcessor, EnvironmentAware, Ordered, DisposableBean {

    private final List<HikariDataSource> pools = new ArrayList<>();
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource database) || bean instanceof HikariDataSource || bean instanceof ProxyDataSource) {
            return bean;
        }
        HikariConfig config = new HikariConfig();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            config.setJdbcUrl(metaData.getURL());
            config.setUsername(metaData.getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException("The test database does not answer", e);
        }
        config.setPoolName("test-" + beanName);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    @Override
    public void destroy() {
        pools.forEach(HikariDataSource::close);
    }
}
