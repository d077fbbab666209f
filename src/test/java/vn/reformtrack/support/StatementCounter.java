package vn.reformtrack.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs on the calling thread: the test context's data source is wrapped by
 * datasource-proxy, whose count is kept per thread (a MockMvc request runs on the test's thread). Part of every
 * {@link IntegrationTest} context, so counting needs no context of its own.
 */
public class StatementCounter implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery().build();
        }
        return bean;
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
