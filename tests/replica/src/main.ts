import {
  Alert,
  Breadcrumb,
  Button,
  Cascader,
  Checkbox,
  Col,
  ConfigProvider,
  DatePicker,
  Form,
  Input,
  Layout,
  Menu,
  Modal,
  Radio,
  Row,
  Select,
  Steps,
  Upload,
} from 'ant-design-vue';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createApp } from 'vue';
import 'ant-design-vue/dist/reset.css';
import App from './App.vue';
import { installReplicaApi } from './instrument';
import { router } from './router';
import './style.css';

dayjs.locale('zh-cn');

const app = createApp(App);
// Only the components the forms use, so the bundle stays reasonable.
for (const component of [
  Alert,
  Breadcrumb,
  Button,
  Cascader,
  Checkbox,
  Col,
  ConfigProvider,
  DatePicker,
  Form,
  Input,
  Layout,
  Menu,
  Modal,
  Radio,
  Row,
  Select,
  Steps,
  Upload,
]) {
  app.use(component);
}
app.use(router);
installReplicaApi(router);
app.mount('#app');
