package vn.reformtrack.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs on the calling thread: the test context's data source is wrapped by
 * datasource-proxy, whose count is kept per thread (a MockMvc request runs on the test's thread). Part of every
 * {@link IntegrationTest} context, so counting needs no context of its own.
 *
 * <p>It also pools the connections, as the application does with its own data source: zonky's data source opens a new
 * PostgreSQL connection for every transaction (2.5–3 ms each here, minutes over the suite), and the application never
 * runs that way. A context the suite no longer uses keeps one idle connection.
 */
public class StatementCounter implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(pooled(dataSource, beanName)).name(beanName).countQuery().build();
        }
        return bean;
    }

    private static DataSource pooled(DataSource dataSource, String beanName) {
        if (dataSource instanceof HikariDataSource) {
            return dataSource;
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("test-" + beanName);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        config.setIdleTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** Starts counting again from zero on this thread. */
    public static void reset() {
        QueryCountHolder.clear();
    }

    /** Statements run on this thread since the last {@link #reset}. */
    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }
}
